import { parseTemplate, type TemplateNode } from '../../lib/core/templates/parse-template';

/** One entry of the variable catalogue shown beside the template editor. */
export interface TemplateVariable {
  /** As written between braces: "customer.firstName". */
  name: string;
  description: string;
  /** A sample value, shown so the user sees what the variable becomes. */
  example?: string;
}

export interface TemplateCheck {
  /** Variables (and {{#if}} conditions) that no catalogue entry names, in order of first use. */
  unknown: string[];
  /** Unbalanced {{#if}} / {{else}} / {{/if}}, worded by the template parser. */
  errors: string[];
}

/** What the editor warns about in a template body. */
export function checkTemplate(body: string, known: readonly TemplateVariable[]): TemplateCheck {
  const names = new Set(known.map((variable) => variable.name));
  const parsed = parseTemplate(body);
  const unknown = new Set<string>();
  const visit = (nodes: readonly TemplateNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'text') continue;
      if (!names.has(node.name)) unknown.add(node.name);
      if (node.kind === 'section') {
        visit(node.then);
        visit(node.otherwise);
      }
    }
  };
  visit(parsed.nodes);
  return { unknown: [...unknown], errors: parsed.errors };
}

/** `text` with `insert` put in place of the selection [start, end); the caret goes after it. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
