/**
 * Saves text as a file through a temporary <a download> and an object URL: no downloads
 * permission needed, and nothing leaves the browser.
 */
export function downloadText(text: string, filename: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoke later so slow browsers still read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The MIME type for an exported file, from its name. */
export function mimeTypeFor(filename: string): string {
  if (filename.endsWith('.csv')) return 'text/csv;charset=utf-8';
  if (filename.endsWith('.json')) return 'application/json';
  return 'text/plain;charset=utf-8';
}
