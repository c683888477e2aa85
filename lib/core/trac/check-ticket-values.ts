// Whether a ticket field's value is one Trac has, said in words when it is not.
//
// Trac's select fields take a value only when it matches an option exactly, capitals included;
// anything else the browser silently replaces by the first option (default Trac: "high" is
// stored as "blocker"). So a value is either one of the options or left blank (Trac's default).

import type { TracFieldChoices } from './new-ticket-form';

/** Options named in a message; a site with hundreds of milestones gets "and N more". */
const NAMED_OPTIONS = 20;

/** A field as the escalation preview offers it. */
export interface CheckedTicketField {
  name: string;
  label: string;
  /** The value to send: the configured one when Trac has it, else "" (Trac's default). */
  value: string;
  /** Trac's options; null when Casebook could not read them. */
  choices: string[] | null;
  /** Why the configured value was not kept, in words; null when it was. */
  problem: string | null;
}

/** The value of `field` checked against Trac's choices (null: not known, kept as written). */
export function checkTicketValue(name: string, value: string, choices: TracFieldChoices | null): CheckedTicketField {
  const wanted = value.trim();
  if (!choices) return { name, label: capitalised(name), value: wanted, choices: null, problem: null };
  const base = { name, label: choices.label, choices: choices.options };
  if (wanted === '' || choices.options.includes(wanted)) return { ...base, value: wanted, problem: null };
  return { ...base, value: '', problem: describeMissingValue(choices, wanted) };
}

/**
 * "Trac has no priority 'high'; it has blocker, critical, major, minor, trivial, High." A value
 * differing only in capitals is pointed at, since that is the usual slip.
 */
export function describeMissingValue(choices: TracFieldChoices, value: string): string {
  const field = choices.label.toLowerCase();
  const sameLetters = choices.options.find((option) => option.toLowerCase() === value.toLowerCase());
  const listed = choices.options.slice(0, NAMED_OPTIONS).join(', ');
  const more = choices.options.length > NAMED_OPTIONS ? ` and ${choices.options.length - NAMED_OPTIONS} more` : '';
  const hint = sameLetters === undefined ? '' : ` (capitals count: did you mean '${sameLetters}'?)`;
  return `Trac has no ${field} '${value}'${hint}; it has ${listed}${more}.`;
}

/** Whether `value` may be sent for a field with these choices: one of them, or blank. */
export function isAllowedValue(value: string, choices: TracFieldChoices): boolean {
  return value === '' || choices.options.includes(value);
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The ticket fields Trac (by default) has as selects: the ones the preview offers to choose. */
export const SELECT_FIELDS = ['type', 'priority', 'component', 'milestone', 'version'] as const;

/**
 * The fields the escalation preview offers, each checked: with Trac's choices known, its select
 * fields among the standard ones and the configured custom fields; without them, the standard
 * fields that have a value (and the priority, which the process always sets), as written.
 */
export function fieldsToOffer(configured: readonly (readonly [string, string])[], choices: readonly TracFieldChoices[] | null): CheckedTicketField[] {
  const valueOf = (name: string): string => configured.find(([n]) => n === name)?.[1] ?? '';
  if (!choices) {
    return SELECT_FIELDS.filter((name) => name === 'priority' || valueOf(name) !== '').map((name) => checkTicketValue(name, valueOf(name), null));
  }
  const names = [...SELECT_FIELDS, ...configured.map(([name]) => name).filter((name) => !(SELECT_FIELDS as readonly string[]).includes(name))];
  return names.flatMap((name) => {
    const field = choices.find((c) => c.name === name);
    return field ? [checkTicketValue(name, valueOf(name), field)] : [];
  });
}
