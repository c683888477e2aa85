import type { Person } from '../../model/thread';

/**
 * The caller a colleague's phone note names in plain words, without labelled lines (issue #13,
 * "phone follow-ups keep the caller"):
 *
 *   Called Dana Whitfield back about the 2 GB limit.
 *   Spoke with Dana (dana@acme.example) on the phone: …
 *   Habe Dana Whitfield zurückgerufen. / Telefonat mit Dana Whitfield …
 *   J'ai rappelé Dana Whitfield. / Appel de Dana Whitfield …
 *
 * Only when the note clearly says so: a cue ("called … back", "spoke with … on the phone",
 * "call from …") right beside a capitalised name. "Call me back", "I called the bank", "called
 * back today" and signatures name nobody, and then the result is null. The address is taken
 * only when it follows the name ("Dana (dana@…)", "Dana <dana@…>"); else the email is "".
 *
 * Hostile text: the first NOTE_READ characters are read, by indexOf and character checks over
 * bounded windows: no regex, nothing that grows faster than the text.
 */
const NOTE_READ = 2_000;
const NAME_WORDS = 4;
const WORD_MAX = 30;
/** How far after the name an address may start ("Dana Whitfield (dana@…)"). */
const ADDRESS_WINDOW = 120;

interface Cue {
  /** Lower-case text that precedes the name (matched at a word start). */
  before: string;
  /** What must follow the name: a word ("back"), text in the same sentence ("phone"), or nothing. */
  then?: { word: string } | { inSentence: readonly string[] };
}

/** A name follows these. */
const NAME_AFTER: readonly Cue[] = [
  // English
  { before: 'called', then: { word: 'back' } },
  { before: 'rang', then: { word: 'back' } },
  { before: 'phoned', then: { word: 'back' } },
  { before: 'spoke with', then: { inSentence: ['phone', 'call'] } },
  { before: 'spoke to', then: { inSentence: ['phone', 'call'] } },
  { before: 'talked to', then: { inSentence: ['phone', 'call'] } },
  { before: 'talked with', then: { inSentence: ['phone', 'call'] } },
  { before: 'call with' },
  { before: 'call from' },
  { before: 'call back to' },
  { before: 'callback to' },
  { before: 'returned the call of' },
  // German
  { before: 'telefonat mit' },
  { before: 'anruf von' },
  { before: 'anruf mit' },
  { before: 'rückruf bei' },
  { before: 'rückruf an' },
  { before: 'habe', then: { word: 'zurückgerufen' } },
  { before: 'mit', then: { word: 'telefoniert' } },
  { before: 'gespräch mit', then: { inSentence: ['telefon'] } },
  // French
  { before: 'appel de' },
  { before: 'appel avec' },
  { before: 'appel téléphonique de' },
  { before: 'appel téléphonique avec' },
  { before: 'rappelé' },
  { before: 'parlé avec', then: { inSentence: ['téléphone'] } },
  { before: 'parlé à', then: { inSentence: ['téléphone'] } },
  { before: 'eu', then: { inSentence: ['au téléphone'] } },
];

/** A name at the start of a sentence precedes these ("Dana Whitfield called about …"). */
const NAME_BEFORE: readonly string[] = ['called', 'rang', 'phoned', 'hat angerufen', 'rief an', 'a appelé', 'a téléphoné'];

/** Words that may stand before a name without being part of it ("the customer Dana", "Herr Weber"). */
const SKIPPED = new Set([
  'the', 'customer', 'client', 'caller', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.',
  'den', 'dem', 'die', 'der', 'kunden', 'kunde', 'kundin', 'herr', 'herrn', 'frau',
  'le', 'la', 'cliente', 'm.', 'mme', 'mme.', 'mlle', 'today', 'yesterday', 'heute', 'gestern', 'hier',
]);
/** Capitalised words that are no name: pronouns, roles, days and the cues' own words. */
const NOT_A_NAME = new Set([
  'i', 'we', 'you', 'he', 'she', 'they', 'it', 'me', 'us', 'ich', 'wir', 'sie', 'er', 'es', 'je', 'nous', 'il', 'elle', 'on', 'moi',
  'support', 'sales', 'team', 'helpdesk', 'service', 'billing', 'office', 'back', 'this', 'that', 'our', 'your', 'their',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch', 'donnerstag',
  'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);
/** Lower-case words allowed inside a name ("Ludwig van Beethoven", "Anne de la Tour"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'dos', 'das', 'ter', 'bin', 'al']);
const SENTENCE_END = '.!?\n;:';
/** How far a cue's confirmation ("… on the phone") may be from the name. */
const SENTENCE_READ = 200;

/** A sentence ends at `i` (a dot only before a space or line end: not inside "acme.example" or "4.2"). */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (ch !== '.') return ch !== '' && SENTENCE_END.includes(ch);
  const next = text[i + 1] ?? '';
  return next === '' || next === '\n' || isSpace(next);
}
const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();
const isUpper = (ch: string): boolean => isLetter(ch) && ch === ch.toUpperCase();
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';
/** Letters, and the hyphen or apostrophe inside a name ("Jean-Luc", "O'Brien"). */
const isNameChar = (ch: string): boolean => isLetter(ch) || ch === '-' || ch === "'" || ch === '’';

/** The word starting at `at` (letters, hyphens, apostrophes, a closing dot for "Mr."), and where it ends. */
function wordAt(text: string, at: number): { word: string; end: number } {
  let end = at;
  while (end < text.length && end - at <= WORD_MAX && isNameChar(text[end] ?? '')) end += 1;
  if (text[end] === '.' && end > at && SKIPPED.has(`${text.slice(at, end).toLowerCase()}.`)) end += 1;
  return { word: text.slice(at, end), end };
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text[i] ?? '')) i += 1;
  return i;
}

/** A capitalised name starting at `at` ("Dana Whitfield", "Anne de la Tour"), skipping "the customer" and titles. */
function nameAt(text: string, at: number): { name: string; end: number } | null {
  let i = skipSpaces(text, at);
  const words: string[] = [];
  const ends: number[] = [];
  for (let n = 0; n < NAME_WORDS + 3 && i < text.length; n += 1) {
    const { word, end: wordEnd } = wordAt(text, i);
    if (word === '' || wordEnd - i > WORD_MAX) break;
    const lower = word.toLowerCase();
    if (words.length === 0 && SKIPPED.has(lower)) {
      i = skipSpaces(text, wordEnd);
      continue;
    }
    const capitalised = isUpper(word[0] ?? '') && !NOT_A_NAME.has(lower);
    if (!capitalised && !(words.length > 0 && PARTICLES.has(word))) break;
    words.push(word);
    ends.push(wordEnd);
    if (words.length === NAME_WORDS) break;
    i = skipSpaces(text, wordEnd);
  }
  // A trailing particle is not part of the name ("Called Dana de" is nothing to trust).
  while (words.length > 0 && PARTICLES.has(words[words.length - 1] ?? '')) {
    words.pop();
    ends.pop();
  }
  return words.length === 0 ? null : { name: words.join(' '), end: ends[ends.length - 1] ?? at };
}

/** "name@domain.tld" from the characters around the @ at `at`, or "". */
function addressAround(text: string, at: number): string {
  const stop = (ch: string): boolean => ch === '' || isSpace(ch) || '<>()[],;:"\'\n\r'.includes(ch);
  let start = at;
  while (start > 0 && at - start < 64 && !stop(text[start - 1] ?? '')) start -= 1;
  let end = at + 1;
  while (end < text.length && end - at < 254 && !stop(text[end] ?? '')) end += 1;
  while (end > at + 1 && text[end - 1] === '.') end -= 1;
  const address = text.slice(start, end).toLowerCase();
  const domain = address.slice(address.indexOf('@') + 1);
  const dot = domain.lastIndexOf('.');
  return start < at && dot > 0 && dot < domain.length - 2 && !domain.includes('@') ? address : '';
}

/** The address in brackets right after the name: "Dana (dana@…)", "Dana <dana@…>", "Dana [dana@…]". */
function addressAfter(text: string, at: number): string {
  const i = skipSpaces(text, at);
  const close = { '(': ')', '<': '>', '[': ']' }[text[i] ?? ''];
  if (close === undefined) return '';
  const span = text.slice(i + 1, i + 1 + ADDRESS_WINDOW);
  const end = span.indexOf(close);
  const inside = end === -1 ? span : span.slice(0, end);
  const atSign = inside.indexOf('@');
  return atSign === -1 ? '' : addressAround(inside, atSign);
}

/** The end of the sentence that `at` is in (exclusive), looking at most SENTENCE_READ characters ahead. */
function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < SENTENCE_READ && !endsSentence(text, i)) i += 1;
  return i;
}

/** Whether `lower[at]` starts a word (the cue is not the tail of another word: "recalled"). */
const startsWord = (lower: string, at: number): boolean => at === 0 || !isLetter(lower[at - 1] ?? '');

function fromCue(text: string, lower: string, cue: Cue, at: number): Person | null {
  const after = at + cue.before.length;
  if (!isSpace(text[after] ?? '')) return null;
  const found = nameAt(text, after);
  if (!found) return null;
  const email = addressAfter(text, found.end);
  const then = cue.then;
  if (then && 'word' in then) {
    const next = skipSpaces(text, found.end);
    if (lower.slice(next, next + then.word.length) !== then.word || isLetter(lower[next + then.word.length] ?? '')) return null;
  } else if (then && email === '') {
    const sentence = lower.slice(found.end, sentenceEnd(lower, found.end));
    if (!then.inSentence.some((word) => sentence.includes(word))) return null;
  }
  return { name: found.name, email };
}

/** "Dana Whitfield called …": the name opens the sentence and the cue follows it, maybe after its address. */
function fromNameBefore(text: string, at: number): Person | null {
  const reach = (WORD_MAX + 1) * (NAME_WORDS + 3) + ADDRESS_WINDOW;
  let start = at;
  while (start > 0 && at - start < reach && !endsSentence(text, start - 1)) start -= 1;
  if (start > 0 && !endsSentence(text, start - 1)) return null;
  const found = nameAt(text, start);
  if (!found) return null;
  const next = skipSpaces(text, found.end);
  if (next === at) return { name: found.name, email: '' };
  // "Dana (dana@…) called"
  const email = addressAfter(text, found.end);
  const close = text.indexOf(text[next] === '<' ? '>' : text[next] === '[' ? ']' : ')', next);
  return email !== '' && close !== -1 && close < at && skipSpaces(text, close + 1) === at ? { name: found.name, email } : null;
}

/** Lower case of the same length as `text`, so positions agree ("İ" alone lowercases to two characters). */
function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
}

export function callerNamedInNote(note: string): Person | null {
  const text = note.slice(0, NOTE_READ);
  const lower = sameLengthLower(text);
  // The earliest cue in the note wins: a note opens with what happened.
  let best: { at: number; person: Person } | null = null;
  for (const cue of NAME_AFTER) {
    for (let at = lower.indexOf(cue.before); at !== -1 && (best === null || at < best.at); at = lower.indexOf(cue.before, at + 1)) {
      const person = startsWord(lower, at) ? fromCue(text, lower, cue, at) : null;
      if (person) best = { at, person };
    }
  }
  for (const cue of NAME_BEFORE) {
    for (let at = lower.indexOf(` ${cue}`); at !== -1 && (best === null || at < best.at); at = lower.indexOf(` ${cue}`, at + 1)) {
      const cueAt = at + 1;
      if (isLetter(lower[cueAt + cue.length] ?? '')) continue;
      const person = fromNameBefore(text, cueAt);
      if (person) best = { at, person };
    }
  }
  return best?.person ?? null;
}
