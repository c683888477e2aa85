export type CsvResult = { ok: true; rows: string[][] } | { ok: false; problem: string };

/**
 * RFC 4180 CSV as Python's csv module writes it (Trac's exports): comma-separated, fields in
 * double quotes when they hold commas, quotes or line breaks, "" for a quote inside; CRLF, LF or
 * CR line ends; a leading UTF-8 BOM is dropped. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvResult {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteOpenedOnLine = 0;
  let line = 1;
  const endRow = (): void => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (let index = 0; index < input.length; index++) {
    const char = input[index];
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteOpenedOnLine = line;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[index + 1] === '\n') index++;
      line++;
      endRow();
    } else field += char;
  }
  if (quoted) return { ok: false, problem: `a quoted field opened on line ${quoteOpenedOnLine} is never closed (the answer was cut short?)` };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
