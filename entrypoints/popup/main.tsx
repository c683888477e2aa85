import { render } from 'preact';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { PopupPage } from '../../components/popup/popup-page';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';
import { usePopup } from './use-popup';

// Extension pages forbid eval (CSP): Zod must not compile validators; English messages.
z.config({ jitless: true, ...en() });

function Popup(): ReturnType<typeof PopupPage> {
  return <PopupPage {...usePopup()} />;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
