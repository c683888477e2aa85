// A template prepared for insertion: the text Casebook can fill, and small fields for the values
// it cannot (a ticket number not linked yet, a name the settings lack, a misspelt variable in an
// old template). The reply is only inserted once every field has a value, so a customer never
// reads "your Trac ticket is #." or "{{customer.nmae}}".
import { parseTemplate, type TemplateNode } from './parse-template';
import type { TemplateVars } from './render-template';
import { tooLongProblem } from './template-limits';

/** A piece of the reply: text as it stands, or the index of the field whose value goes there. */
export type DraftPart = string | number;

export interface FillInField {
  /** The variable, e.g. "trac.ticket". */
  name: string;
  /** What the sidebar writes above the input: "Trac ticket number". */
  label: string;
  /** Prefilled value; "" when Casebook has no guess. */
  guess: string;
  /** HTML `pattern` the whole value must match: digits for numbers, some text otherwise. */
  pattern: string;
}

export interface TemplateDraft {
  parts: DraftPart[];
  fields: FillInField[];
  /** Unbalanced {{#if}} tags, or why the template cannot be used at all (then `failed`). */
  errors: string[];
  failed: boolean;
}

/** How Casebook asks for one variable; names without an entry get a generic text field. */
export interface FieldHint {
  label: string;
  guess?: string;
  /** Digits only (ticket numbers). */
  digits?: boolean;
  /**
   * A value built from another field: "trac.url" is the Trac base plus "/ticket/" plus the ticket
   * number the user types, so one number fills both.
   */
  from?: { name: string; prefix: string };
}

export interface DraftOptions {
  hints: Readonly<Record<string, FieldHint>>;
  /** Variables whose empty value is meaningful and inserted as nothing (e.g. "nothing missing"). */
  mayBeEmpty: ReadonlySet<string>;
}

// Some non-blank text; linear (one \s* run, then anything).
const SOME_TEXT = String.raw`\s*\S.*`;
const DIGITS = '[0-9]+';

/**
 * Splits a template into text and fields. A variable becomes a field when its value is blank
 * (and blank is not meaningful for it) or when Casebook does not know the name. Sections
 * {{#if name}} choose their branch on the known value, as renderTemplate does.
 */
export function draftTemplate(body: string, vars: TemplateVars, options: DraftOptions): TemplateDraft {
  const failed = (errors: string[]): TemplateDraft => ({ parts: [], fields: [], errors, failed: true });
  const tooLong = tooLongProblem(body);
  if (tooLong) return failed([tooLong]);
  const { nodes, errors, limits } = parseTemplate(body);
  if (limits.length > 0) return failed(limits);

  const fields: FillInField[] = [];
  const indexByName = new Map<string, number>();
  const isKnown = (name: string): boolean => Object.prototype.hasOwnProperty.call(vars, name);
  const valueOf = (name: string): string => (isKnown(name) ? (vars[name] ?? '') : '');
  const fieldFor = (name: string): number => {
    const existing = indexByName.get(name);
    if (existing !== undefined) return existing;
    const hint = isKnown(name) ? options.hints[name] : undefined;
    fields.push({
      name,
      label: hint?.label ?? (isKnown(name) ? name : `{{${name}}} (not a Casebook variable)`),
      guess: hint?.guess ?? '',
      pattern: hint?.digits ? DIGITS : SOME_TEXT,
    });
    indexByName.set(name, fields.length - 1);
    return fields.length - 1;
  };
  const parts: DraftPart[] = [];
  const add = (part: DraftPart): void => {
    const last = parts[parts.length - 1];
    // Neighbouring texts are joined so the page gets few parts and tests read plainly.
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  const variable = (name: string): void => {
    const value = valueOf(name);
    if (value.trim() !== '' || (isKnown(name) && options.mayBeEmpty.has(name))) return add(value);
    const from = isKnown(name) ? options.hints[name]?.from : undefined;
    if (from && isKnown(from.name) && valueOf(from.name).trim() === '') {
      add(from.prefix);
      return add(fieldFor(from.name));
    }
    add(fieldFor(name));
  };
  const walk = (list: readonly TemplateNode[]): void => {
    for (const node of list) {
      if (node.kind === 'text') add(node.text);
      else if (node.kind === 'variable') variable(node.name);
      else walk((valueOf(node.name).trim() !== '') !== node.negated ? node.then : node.otherwise);
    }
  };
  try {
    walk(nodes);
    return { parts, fields, errors, failed: false };
  } catch (error) {
    return failed([`The template could not be rendered: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

/** The reply with each field's value in place (the page does the same in one line). */
export function fillDraft(parts: readonly DraftPart[], values: readonly string[]): string {
  return parts.map((part) => (typeof part === 'number' ? (values[part] ?? '') : part)).join('');
}
