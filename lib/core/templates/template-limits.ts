// Bounds on a reply template. Templates render on every thread open, so one pathological
// template (imported, pasted) must neither stall the background nor overflow its stack.
import { MAX_NESTING, parseTemplate } from './parse-template';
import { templateVariableNames } from './render-template';
import { TEMPLATE_VARIABLES } from './template-vars';

export { MAX_NESTING };

/** Characters in one template: far above any real reply, far below what could stall rendering. */
export const MAX_TEMPLATE_LENGTH = 50_000;

export function tooLongProblem(body: string): string | null {
  return body.length > MAX_TEMPLATE_LENGTH
    ? `The template is ${body.length.toLocaleString('en')} characters long; at most ${MAX_TEMPLATE_LENGTH.toLocaleString('en')} are allowed.`
    : null;
}

/**
 * What is wrong with a template, in words for the template editor and the importer: too long,
 * nested too deep, unbalanced {{#if}} / {{else}} / {{/if}}, variables Casebook does not know
 * (a misspelt {{customer.nmae}} would otherwise reach a customer). Empty when it is fine.
 */
export function templateProblems(body: string): string[] {
  const tooLong = tooLongProblem(body);
  if (tooLong) return [tooLong];
  const { limits, errors } = parseTemplate(body);
  if (limits.length > 0) return limits;
  const unknown = unknownVariablesProblem(body);
  return unknown ? [...errors, unknown] : errors;
}

const KNOWN_NAMES = new Set(TEMPLATE_VARIABLES.map((variable) => variable.name));

/** "Unknown variable {{customer.nmae}}. Casebook knows: …", or null when every name is known. */
export function unknownVariablesProblem(body: string): string | null {
  const unknown = templateVariableNames(body).filter((name) => !KNOWN_NAMES.has(name));
  if (unknown.length === 0) return null;
  const list = unknown.map((name) => `{{${name}}}`).join(', ');
  return `Unknown variable${unknown.length === 1 ? '' : 's'} ${list}. Casebook knows: ${[...KNOWN_NAMES].join(', ')}.`;
}
