import { tokenize } from './tokens';

/**
 * Distinct questions in one message, for the "one answer per question" advice. A question is a
 * sentence ending in "?" or an item of a numbered/bulleted list that asks something. People put
 * separate questions in separate paragraphs or list items, so questions within one paragraph
 * count once; so do courtesy ("Could you help?") and follow-ups on the previous topic.
 */
const ASKING = /^(how|what|which|why|when|where|who|is|are|can|could|would|will|do|does|did|should|may|shall|wie|was|warum|kann|können|gibt es|comment|pourquoi|est-ce|quel|quelle)\b/i;
const COURTESY = /^(and )?(can|could|would) you (please )?(help|assist|advise|look into (it|this)|have a look|let (me|us) know)( (me|us)( with (this|it|that))?)?( please)?\??$|^(any|some) (ideas|thoughts|suggestions|help|advice|news|update)\b|^(what do you think|is that (possible|correct|right)|does that make sense|thoughts|right|ok|hope you('re| are) (well|doing well)|how are you)\b/i;
const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'it', 'this', 'that', 'i', 'we', 'you', 'can', 'could', 'do', 'does', 'how', 'what', 'there', 'be', 'with', 'our', 'my', 'your', 'any', 'way', 'also', 'please', 'would', 'should', 'is', 'if', 'there']);
/** Two questions sharing this share of their content words are about the same thing. */
const SAME_TOPIC = 0.5;
const MIN_CONTENT_WORDS = 2;

export function countQuestions(text: string): number {
  const topics: Set<string>[] = [];
  let previousBlock = -1;
  for (const { sentence, block } of questionSentences(text)) {
    const words = new Set(tokenize(sentence).filter((word) => !STOP.has(word) && word !== '<num>'));
    if (COURTESY.test(sentence.trim()) || words.size < MIN_CONTENT_WORDS) continue;
    const previous = topics[topics.length - 1];
    const sameBlock = block === previousBlock;
    previousBlock = block;
    if (previous && (sameBlock || overlap(previous, words) >= SAME_TOPIC)) {
      for (const word of words) previous.add(word);
      continue;
    }
    topics.push(words);
  }
  return topics.length;
}

/** Question sentences with the paragraph or list item (block) they stand in. */
function questionSentences(text: string): { sentence: string; block: number }[] {
  const found: { sentence: string; block: number }[] = [];
  let block = 0;
  for (const rawLine of text.split(/\n/)) {
    const line = rawLine.replace(/https?:\/\/\S+/g, ' ').trim();
    if (line === '' || line.startsWith('>')) {
      block++;
      continue;
    }
    const item = /^(\d+[.)]|[-*•]|[a-z][.)])\s+(.*)$/i.exec(line);
    if (item) block++;
    const body = item ? (item[2] ?? '') : line;
    for (const sentence of body.split(/(?<=[?.!])\s+/)) {
      if (sentence.endsWith('?') || (item && ASKING.test(sentence))) found.push({ sentence, block });
    }
    if (item) block++;
  }
  return found;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of b) if (a.has(word)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
