import { censoredSnapshot } from '../hosts/censored-snapshot';

/**
 * "Report this page": a censored copy of the page's DOM (structure and attributes kept, text,
 * addresses and ids replaced) for a new test fixture. Copied to the clipboard; downloaded as a
 * file when the clipboard is refused. Runs on demand in the reported tab (entrypoints/report-page.ts),
 * so it resolves to the status line the sidebar shows.
 */
export async function reportPage(hostname: string): Promise<string> {
  const html = censoredSnapshot(document.documentElement);
  const note = `<!-- Casebook page report: ${hostname}, ${new Date().toISOString()}, ${html.length} characters, text and addresses censored -->\n`;
  try {
    await navigator.clipboard.writeText(note + html);
    return 'A censored snapshot of this page is on your clipboard: attach it to a bug report.';
  } catch {
    const url = URL.createObjectURL(new Blob([note + html], { type: 'text/html' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `casebook-${hostname}-page.html`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return 'The clipboard was not available: the censored snapshot was downloaded instead.';
  }
}
