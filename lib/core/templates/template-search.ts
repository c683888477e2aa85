import type { Category } from '../../model/classification';
import type { ReplyTemplate } from '../../model/template';

/** Lower case, accents dropped ("Réponse" finds "reponse"), spaces collapsed. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** 0: the name starts with the query; 1: a word does; 2: the query is inside; 3: every query word starts a word. */
function rankOf(name: string, query: string): number | null {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  if (name.startsWith(query)) return 0;
  if (new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(query)}`, 'u').test(name)) return 1;
  if (name.includes(query)) return 2;
  const terms = query.split(' ');
  if (terms.every((term) => words.some((word) => word.startsWith(term)))) return 3;
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Templates whose name matches the query, best first (ties keep their order); all of them for "". */
export function searchTemplates(query: string, templates: readonly ReplyTemplate[]): ReplyTemplate[] {
  const wanted = normalise(query);
  if (wanted === '') return [...templates];
  return templates
    .map((template, index) => ({ template, index, rank: rankOf(normalise(template.name), wanted) }))
    .filter((entry): entry is { template: ReplyTemplate; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.template);
}

/** Built-in templates that help with each category, most useful first (the process's next steps). */
const SUGGESTED: Readonly<Record<Category, readonly string[]>> = {
  defect: ['installation-details', 'acknowledgement', 'trac-ticket-notice', 'screen-share'],
  question: ['acknowledgement', 'split-questions', 'screen-share', 'installation-details'],
  feature_request: ['feature-request', 'licensing-sales', 'acknowledgement'],
  licensing_sales: ['licensing-sales', 'acknowledgement'],
  installation_details: ['acknowledgement', 'trac-ticket-notice', 'screen-share'],
  chat_transcript: ['acknowledgement', 'licensing-sales', 'installation-details'],
  phone_followup: ['phone-follow-up', 'installation-details', 'acknowledgement'],
  auto_reply: [],
};

/**
 * All templates, the ones that suit the category first: the suggested built-ins in the order
 * above, then other templates of that category (custom ones), then the rest as given.
 */
export function suggestTemplates(category: Category | null, templates: readonly ReplyTemplate[]): ReplyTemplate[] {
  const suggested = category ? SUGGESTED[category] : [];
  const rank = (template: ReplyTemplate): number => {
    const position = suggested.indexOf(template.id);
    if (position >= 0) return position;
    return category !== null && template.category === category ? suggested.length : suggested.length + 1;
  };
  return templates
    .map((template, index) => ({ template, index, rank: rank(template) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.template);
}
