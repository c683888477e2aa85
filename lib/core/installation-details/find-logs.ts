import { evidenceLine, matchesOf, sentenceAround } from './customer-text';
import { isNotYet, isQuestion, isUncertain } from './hedges';
import { NOT_FOUND, type ItemFinding } from './installation-item';
import { collectLogLines, type LogLineKind, type LogLines } from './log-lines';

// "-v{1,5}", not "-v+": inside the look-behind below an open run is read back from every position.
const CLIENT_WORDS = String.raw`client(?:[- ]side)?|FileZilla|WinSCP|curl(?: -v)?|PuTTY|psftp|Cyberduck|sftp -v{1,5}|lftp`;

/**
 * Nouns naming each kind of log; "logs" alone is read as the server's, which is what we ask first.
 * A file name starts only where a run of name characters starts (not at each \b of "a-b-c…"), and
 * the client's is bounded around its word: "clientclient…" rescanned the rest once per word.
 */
const LOG_NOUNS: Record<LogLineKind, RegExp> = {
  client: new RegExp(String.raw`\b(?:${CLIENT_WORDS})[\w -]{0,12}?(?:logs?|output|trace|debug)\b|(?<![\w-])[\w-]{0,60}?(?:client|filezilla|winscp)[\w-]{0,60}\.(?:log|txt)\b`, 'gi'),
  // The word-start tests come before the client look-behind, so most positions fail on one character.
  server: new RegExp(String.raw`(?:\b(?<!(?:${CLIENT_WORDS})[\w -]{0,12})(?:(?:server(?:[- ]side)?|service|application|audit|event|transfer|debug|product)[- ]?logs?\b|log ?files?\b|logs?\b)|(?<![\w.-])(?<!(?:${CLIENT_WORDS})[\w -]{0,12})[\w.-]+\.log\b)`, 'gi'),
};

/** The log is there: attached, enclosed, pasted below. */
const HANDED_OVER = /\b(?:attach(?:ed|ing|ment)?|enclosed|please find|here (?:is|are)|pasted|included|(?:see|shown|is|are) below|as follows|zipped|uploaded)\b/i;

/** The mention introduces pasted lines: "the server log shows:". */
const INTRODUCES = /\b(?:shows?|showing|says|contains|reads|reports|excerpt|extract|snippet|lines?)\b|:\s*$/i;

/** A time-stamped server-side log, pasted (≥ 2 lines, or 1 line the customer calls the log) or attached. */
export function findServerLog(texts: readonly string[], lines?: LogLines): ItemFinding {
  return findLog(texts, 'server', lines);
}

/** A client-side log (FileZilla, WinSCP, curl -v, sftp -v output), pasted or attached. */
export function findClientLog(texts: readonly string[], lines?: LogLines): ItemFinding {
  return findLog(texts, 'client', lines);
}

/** The log lines findServerLog and findClientLog read, collected once for both. */
export function logLinesOf(texts: readonly string[]): LogLines {
  return collectLogLines(texts.filter((text) => text.trim() !== ''), 500);
}

function findLog(texts: readonly string[], kind: LogLineKind, collected = logLinesOf(texts)): ItemFinding {
  const ownTexts = texts.filter((text) => text.trim() !== '');
  const lines = collected[kind];
  const stamped = lines.filter((line) => /\d{2}:\d{2}/.test(line) || kind === 'client');
  const firstLine = stamped[0]?.trim() ?? '';
  if (stamped.length >= 2) {
    return { present: true, value: `${stamped.length} log lines pasted`, evidence: shorten(firstLine) };
  }
  for (const text of ownTexts) {
    for (const mention of matchesOf(LOG_NOUNS[kind], text, 50)) {
      const end = mention.index + mention[0].length;
      if (isUncertain(text, mention.index, end) || isQuestion(text, mention.index, end)) continue;
      if (isNotYet(text, mention.index)) continue;
      const sentence = sentenceAround(text, mention.index, end).whole;
      if (HANDED_OVER.test(sentence)) {
        return { present: true, value: `${mention[0]} attached`, evidence: evidenceLine(text, mention.index, end) };
      }
      if (firstLine !== '' && INTRODUCES.test(sentence)) {
        return { present: true, value: '1 log line pasted', evidence: shorten(firstLine) };
      }
    }
  }
  return NOT_FOUND;
}

function shorten(line: string): string {
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
