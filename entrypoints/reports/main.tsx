import { render } from 'preact';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { ReportsPage } from '../../components/reports/reports-page';
import '../../components/shared/theme.css';
import '../../components/reports/reports.css';
import { useReports } from './use-reports';

// Extension pages forbid eval (CSP): Zod must not compile validators; English messages.
z.config({ jitless: true, ...en() });

function Reports(): ReturnType<typeof ReportsPage> {
  return <ReportsPage {...useReports()} />;
}

const root = document.getElementById('app');
if (root) render(<Reports />, root);
