import { parseTemplate, type TemplateNode } from './parse-template';
import { tooLongProblem } from './template-limits';

/** Values by dotted name ("customer.firstName"). Flat on purpose: no prototype lookups. */
export type TemplateVars = Readonly<Record<string, string>>;

export interface RenderedTemplate {
  text: string;
  /** Names used by the template that `vars` does not know: left visible as {{name}}. */
  unknown: string[];
  /** Known names whose value is empty: rendered as nothing, reported so the user can fill them. */
  missing: string[];
  /** Unbalanced {{#if}} / {{/if}} tags, or why the template could not be rendered. */
  errors: string[];
  /** True when the template breaks a limit (too long, nested too deep): text is empty. */
  failed: boolean;
}

/**
 * Fills a template. Values are inserted as they are and never parsed again, so a customer
 * named "{{agent.email}}" stays literally that. A section {{#if name}}…{{else}}…{{/if}} shows
 * its first part when the value is non-empty; the names it tests are not reported as missing.
 */
export function renderTemplate(body: string, vars: TemplateVars): RenderedTemplate {
  const failed = (problems: string[]): RenderedTemplate => ({ text: '', unknown: [], missing: [], errors: problems, failed: true });
  const tooLong = tooLongProblem(body);
  if (tooLong) return failed([tooLong]);
  const { nodes, errors, limits } = parseTemplate(body);
  if (limits.length > 0) return failed(limits);
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const isKnown = (name: string): boolean => Object.prototype.hasOwnProperty.call(vars, name);
  const valueOf = (name: string): string => (isKnown(name) ? (vars[name] ?? '') : '');

  const render = (list: readonly TemplateNode[]): string =>
    list
      .map((node) => {
        if (node.kind === 'text') return node.text;
        if (!isKnown(node.name)) unknown.add(node.name);
        if (node.kind === 'variable') {
          if (!isKnown(node.name)) return node.raw;
          const value = valueOf(node.name);
          if (value.trim() === '') missing.add(node.name);
          return value;
        }
        const hasValue = valueOf(node.name).trim() !== '';
        return render(hasValue !== node.negated ? node.then : node.otherwise);
      })
      .join('');

  // Depth and size are bounded above; this is the last guard so one template never takes the others down.
  try {
    const text = render(nodes);
    return { text, unknown: [...unknown], missing: [...missing], errors, failed: false };
  } catch (error) {
    return failed([`The template could not be rendered: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

/** Every variable name a template mentions, in order of first use (for the template editor). */
export function templateVariableNames(body: string): string[] {
  const names = new Set<string>();
  const visit = (list: readonly TemplateNode[]): void => {
    for (const node of list) {
      if (node.kind === 'text') continue;
      names.add(node.name);
      if (node.kind === 'section') {
        visit(node.then);
        visit(node.otherwise);
      }
    }
  };
  visit(parseTemplate(body).nodes);
  return [...names];
}
