// Classifies messages from stdin with the same code the extension runs.
// In:  one JSON object per line: {"id","subject","body","from"}
// Out: one JSON object per input line: {"id","category","confidence","scores","reasons"}
//      (a line that cannot be read gives {"id", "error"} and the exit code becomes 1).
import { createInterface } from 'node:readline';
import { defaultSettings } from '../lib/model/settings';
import { classifyText } from '../lib/core/classifier/classify';
import { emptyCorrectionIndex } from '../lib/core/classifier/corrections';
import { readShippedModel } from '../lib/core/classifier/read-model-file';

const ctx = { settings: defaultSettings, model: readShippedModel(), corrections: emptyCorrectionIndex };
let failed = false;

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  let id: unknown = null;
  try {
    const input = JSON.parse(line) as Record<string, unknown>;
    id = input.id ?? null;
    const text = (key: string): string => (typeof input[key] === 'string' ? (input[key] as string) : '');
    const { category, confidence, scores, reasons } = classifyText({ subject: text('subject'), body: text('body'), from: text('from') }, ctx);
    process.stdout.write(`${JSON.stringify({ id, category, confidence, scores, reasons })}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
