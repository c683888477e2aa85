import type { Category } from '../../../model/classification';

/** What the rules read: prepared text only, never the raw page. */
export interface RuleInput {
  /** The thread's subject as written ("Re: …" kept: it tells a reply). */
  subject: string;
  /** Sender address of the message being classified. */
  from: string;
  /** The newest customer message, without quotes and signature. */
  latest: string;
  /** Every customer message of the thread, newest first. */
  customerText: string;
  /** What staff wrote before the newest customer message (e.g. the installation-details request). */
  staffText: string;
}

/** One reason to believe a category, with its weight (added to the category's log-odds). */
export interface Evidence {
  category: Category;
  weight: number;
  reason: string;
}

export interface Pattern {
  re: RegExp;
  weight: number;
}

/** Strongest evidence a category can collect from rules, so ten weak hits don't win by count. */
export const MAX_RULE_WEIGHT = 12;

/** Every pattern that matches `text`, with the matched words as the reason. */
export function matchPatterns(category: Category, patterns: Pattern[], text: string, where: string): Evidence[] {
  const found: Evidence[] = [];
  for (const { re, weight } of patterns) {
    const match = re.exec(text);
    if (match) found.push({ category, weight, reason: `${where}: "${shorten(match[0])}"` });
  }
  return found;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
