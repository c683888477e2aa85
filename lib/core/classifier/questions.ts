import { tokenize } from './tokens';

/**
 * Distinct questions in one message, for the "one answer per question" advice. A question is a
 * sentence ending in "?" or an item of a numbered/bulleted list that asks something. Courtesy
 * ("Could you help?") and follow-ups on the same topic as the previous question do not count.
 */
const ASKING = /^(how|what|which|why|when|where|who|is|are|can|could|would|will|do|does|did|should|may|shall|wie|was|warum|kann|können|gibt es|comment|pourquoi|est-ce|quel|quelle)\b/i;
const COURTESY = /^(and )?(can|could|would) you (please )?(help|assist|advise|look into (it|this)|have a look|let (me|us) know)( (me|us)( with (this|it|that))?)?( please)?\??$|^(any|some) (ideas|thoughts|suggestions|help|advice|news|update)\b|^(what do you think|is that (possible|correct|right)|does that make sense|thoughts|right|ok|hope you('re| are) (well|doing well)|how are you)\b/i;
const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'it', 'this', 'that', 'i', 'we', 'you', 'can', 'could', 'do', 'does', 'how', 'what', 'there', 'be', 'with', 'our', 'my', 'your', 'any', 'way', 'also', 'please', 'would', 'should', 'is', 'if', 'there']);
/** Two questions sharing this share of their content words are about the same thing. */
const SAME_TOPIC = 0.5;
const MIN_CONTENT_WORDS = 2;

export function countQuestions(text: string): number {
  const topics: Set<string>[] = [];
  for (const question of questionSentences(text)) {
    const words = new Set(tokenize(question).filter((word) => !STOP.has(word) && word !== '<num>'));
    if (COURTESY.test(question.trim()) || words.size < MIN_CONTENT_WORDS) continue;
    const previous = topics[topics.length - 1];
    if (previous && overlap(previous, words) >= SAME_TOPIC) {
      for (const word of words) previous.add(word);
      continue;
    }
    topics.push(words);
  }
  return topics.length;
}

function questionSentences(text: string): string[] {
  const found: string[] = [];
  for (const rawLine of text.split(/\n/)) {
    const line = rawLine.replace(/https?:\/\/\S+/g, ' ').trim();
    if (line === '' || line.startsWith('>')) continue;
    const item = /^(\d+[.)]|[-*•]|[a-z][.)])\s+(.*)$/i.exec(line);
    const body = item ? (item[2] ?? '') : line;
    const sentences = body.split(/(?<=[?.!])\s+/);
    for (const sentence of sentences) {
      if (sentence.endsWith('?') || (item && ASKING.test(sentence))) found.push(sentence);
    }
  }
  return found;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of b) if (a.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
