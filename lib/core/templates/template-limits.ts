// Bounds on a reply template. Templates render on every thread open, so one pathological
// template (imported, pasted) must neither stall the background nor overflow its stack.
import { MAX_NESTING, parseTemplate } from './parse-template';

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
 * nested too deep, unbalanced {{#if}} / {{else}} / {{/if}}. Empty when it is fine.
 */
export function templateProblems(body: string): string[] {
  const tooLong = tooLongProblem(body);
  if (tooLong) return [tooLong];
  const { limits, errors } = parseTemplate(body);
  return [...limits, ...errors];
}
