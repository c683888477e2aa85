import { defineUnlistedScript } from '#imports';
import { reportPage } from '../lib/content/report-page';

// "Report this page", injected into the reported tab only when the user asks for it (the
// background runs it with scripting.executeScript): the censoring code is not part of what
// every Gmail tab loads. Its status line is the script's result.
export default defineUnlistedScript(() => reportPage(location.hostname));
