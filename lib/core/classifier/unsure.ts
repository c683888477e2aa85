import type { Category } from '../../model/classification';

/**
 * When the classifier is not sure, the sidebar asks instead of asserting: "not sure: defect or
 * question?" with both answers one click away. Worded here, in the background, so the page only
 * shows what it is given.
 */
export interface Unsure {
  prompt: string;
  choices: [Category, Category];
}

/**
 * Below this calibrated confidence the verdict is a question. Held-out NLBSE'24 folds: verdicts
 * under 60 % are right about half the time (npm run bench:classifier prints the table).
 */
export const UNSURE_BELOW = 0.6;

const WORDS: Record<Category, string> = {
  defect: 'defect',
  question: 'question',
  feature_request: 'feature request',
  licensing_sales: 'licensing or sales',
  installation_details: 'installation details',
  chat_transcript: 'chat transcript',
  phone_followup: 'phone follow-up',
  auto_reply: 'automatic reply',
};

/** The question to ask, or null when the best category is sure enough. */
export function unsureOf(ranked: readonly (readonly [Category, number])[]): Unsure | null {
  const [best, second] = ranked;
  if (!best || !second || best[1] >= UNSURE_BELOW) return null;
  return { prompt: `not sure: ${WORDS[best[0]]} or ${WORDS[second[0]]}?`, choices: [best[0], second[0]] };
}
