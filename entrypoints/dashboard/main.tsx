import { render } from 'preact';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { DashboardPage } from '../../components/dashboard/dashboard-page';
import '../../components/shared/theme.css';
import '../../components/dashboard/dashboard.css';
import { useDashboard } from './use-dashboard';

// Extension pages forbid eval (CSP): Zod must not compile validators; English messages.
z.config({ jitless: true, ...en() });

function Dashboard(): ReturnType<typeof DashboardPage> {
  return <DashboardPage {...useDashboard()} />;
}

const root = document.getElementById('app');
if (root) render(<Dashboard />, root);
