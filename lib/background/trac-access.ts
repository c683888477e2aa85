import { browser } from 'wxt/browser';
import { describeTracProblem, problemFromStatus, type TracAction, type TracProblem } from '../core/trac/describe-trac-error';
import { mayReadTrac, originPattern } from '../core/trac/ticket-page';

/** A Trac problem as an error whose message is the sentence to show. */
export class TracError extends Error {
  constructor(readonly problem: TracProblem) {
    super(describeTracProblem(problem));
  }
}

/** Whether Casebook may read this Trac now: https (or loopback http) and its origin permission granted. */
export async function mayRead(base: string): Promise<boolean> {
  if (!mayReadTrac(base)) return false;
  return browser.permissions.contains({ origins: [originPattern(base)] }).catch(() => false);
}

/** Trac answers within this, or counts as unreachable: a preview must not hang on a dead VPN. */
const READ_TIMEOUT_MS = 15_000;

/**
 * A Trac page's text, with the user's Trac login (cookies). At most `maxChars` are read: the
 * answer is untrusted, and a page that never ends must not fill the worker's memory.
 */
export async function readTrac(url: string, action: TracAction, maxChars = 2_000_000): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(READ_TIMEOUT_MS) });
  } catch {
    throw new TracError({ kind: 'unreachable', origin: new URL(url).origin });
  }
  const problem = problemFromStatus(response.status, action);
  if (problem) throw new TracError(problem);
  if (!response.body) return (await response.text()).slice(0, maxChars);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < maxChars) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    throw new TracError({ kind: 'unreachable', origin: new URL(url).origin });
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return text.slice(0, maxChars);
}
