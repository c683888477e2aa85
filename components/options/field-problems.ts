import type { FieldProblem } from '../../lib/core/settings/validate-settings';

export type { FieldProblem };

/** Messages for `path` and everything under it ("team" takes "team[1].email" too). */
export function problemsAt(problems: readonly FieldProblem[], path: string): string[] {
  return problems
    .filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))
    .map((p) => {
      const rest = p.path.slice(path.length).replace(/^\./, '');
      // A list entry's message quotes the entry itself, so its index adds nothing.
      return rest === '' || /^\[\d+\]$/.test(rest) ? p.message : `${rest}: ${p.message}`;
    });
}

/** The first message for exactly `path`, for a single field's error slot. */
export function problemAt(problems: readonly FieldProblem[], path: string): string | null {
  return problems.find((p) => p.path === path)?.message ?? null;
}

/** Settings paths as the options page labels their fields (what the user sees, not `trac.baseUrl`). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  'identity.name': 'Your name',
  'identity.emails': 'Your email addresses',
  team: 'Team members',
  supportAddresses: 'Support addresses',
  supportLabels: 'Gmail labels',
  partnerDomains: 'Partner domains',
  staffDomains: 'Staff domains',
  'calendar.timeZone': 'Time zone',
  'calendar.workingDays': 'Working days',
  'calendar.start': 'Working day starts',
  'calendar.end': 'Working day ends',
  'calendar.holidayRegion': 'Public holiday region',
  'calendar.closures': 'Closure dates',
  'trac.baseUrl': 'Trac base URL',
  'trac.customFields': 'Trac custom fields',
  productName: 'Product name',
};

/** The field's label for a problem's path: "team[1].email" → "Team members, entry 2, email". */
export function fieldLabel(path: string): string {
  const list = /^([A-Za-z.]+)\[(\d{1,4})\](?:\.([A-Za-z]+))?$/.exec(path);
  if (list) {
    const [, base = '', index = '0', field] = list;
    return `${FIELD_LABELS[base] ?? base}, entry ${Number(index) + 1}${field ? `, ${field}` : ''}`;
  }
  if (FIELD_LABELS[path]) return FIELD_LABELS[path];
  // Trac and links fields: the part after the dot is the field's own name ("trac.component" → "Trac component").
  const [section, field] = path.split('.');
  return section === 'trac' || section === 'links' ? `${section === 'trac' ? 'Trac' : 'Link'} ${field ?? ''}`.trim() : path;
}

/** "Trac base URL: must start with https://" — the line shown in the summary list. */
export function describeProblem(problem: FieldProblem): string {
  return problem.path ? `${fieldLabel(problem.path)}: ${problem.message}` : problem.message;
}
