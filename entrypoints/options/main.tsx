import { render } from 'preact';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { OptionsPage } from '../../components/options/options-page';
import '../../components/shared/theme.css';
import '../../components/options/options.css';
import { useOptions } from './use-options';

// Extension pages forbid eval (CSP): Zod must not compile validators; English messages.
z.config({ jitless: true, ...en() });

function Options(): ReturnType<typeof OptionsPage> {
  return <OptionsPage {...useOptions()} />;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
