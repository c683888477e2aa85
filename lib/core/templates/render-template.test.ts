import { describe, expect, it } from 'vitest';
import { renderTemplate, templateVariableNames, type TemplateVars } from './render-template';

const vars: TemplateVars = {
  'customer.firstName': 'Dana',
  'customer.organisation': 'Harborline',
  'trac.ticket': '4711',
  'case.dueDate': '',
  'links.screenShare': '',
};

describe('renderTemplate', () => {
  it.each([
    ['a variable', 'Hi {{customer.firstName}},', 'Hi Dana,', [], []],
    ['spaces inside the braces', 'Hi {{  customer.firstName }}!', 'Hi Dana!', [], []],
    ['tab and newline inside the braces', 'Ticket #{{\ttrac.ticket\n}}', 'Ticket #4711', [], []],
    ['unknown name stays visible', 'Hi {{customer.nickname}}.', 'Hi {{customer.nickname}}.', ['customer.nickname'], []],
    ['unknown name keeps its own spacing', 'x {{ agent.title }} y', 'x {{ agent.title }} y', ['agent.title'], []],
    ['known but empty name renders nothing', 'By {{case.dueDate}}.', 'By .', [], ['case.dueDate']],
    ['object property names are not variables', '{{constructor}} {{toString}} {{__proto__}}', '{{constructor}} {{toString}} {{__proto__}}', ['constructor', 'toString', '__proto__'], []],
    ['non-variable braces are plain text', 'Use {{ not a var! }} or {{}} or {{1abc}}', 'Use {{ not a var! }} or {{}} or {{1abc}}', [], []],
    ['Trac wiki braces are plain text', '{{{\ncode\n}}} {{{trac.ticket}}}', '{{{\ncode\n}}} {{{trac.ticket}}}', [], []],
    ['reports each name once', '{{case.dueDate}}, {{case.dueDate}}, {{x}} {{x}}', ', , {{x}} {{x}}', ['x'], ['case.dueDate']],
    ['if with a value', '{{#if customer.firstName}}Hi {{customer.firstName}},{{else}}Hello,{{/if}}', 'Hi Dana,', [], []],
    ['if without a value takes else and reports nothing', '{{#if links.screenShare}}Join: {{links.screenShare}}{{else}}Tell us a time.{{/if}}', 'Tell us a time.', [], []],
    ['if without else', 'A{{#if case.dueDate}} by {{case.dueDate}}{{/if}}.', 'A.', [], []],
    ['unless', '{{#unless case.dueDate}}No date yet.{{/unless}}', 'No date yet.', [], []],
    ['unless with else', '{{#unless trac.ticket}}none{{else}}#{{trac.ticket}}{{/unless}}', '#4711', [], []],
    ['nested sections', '{{#if customer.firstName}}{{#if trac.ticket}}both{{else}}name only{{/if}}{{/if}}', 'both', [], []],
    ['if on an unknown name is false and reported', '{{#if agent.shoeSize}}yes{{else}}no{{/if}}', 'no', ['agent.shoeSize'], []],
    ['block tags alone on their line take the line', 'Hello\n{{#if trac.ticket}}\nTicket {{trac.ticket}}\n{{/if}}\nBye', 'Hello\nTicket 4711\nBye', [], []],
    ['standalone lines with indentation and CRLF', 'A\r\n  {{#if case.dueDate}}  \r\nB\r\n  {{else}}\r\nC\r\n{{/if}}\r\nD', 'A\r\nC\r\nD', [], []],
    ['inline block tags keep the text around them', 'A {{#if trac.ticket}}x{{/if}} B', 'A x B', [], []],
  ])('%s', (_title, body, text, unknown, missing) => {
    const rendered = renderTemplate(body, vars);
    expect(rendered).toEqual({ text, unknown, missing, errors: [], failed: false });
  });

  it.each([
    ['unclosed if', 'A {{#if trac.ticket}}B', 'A B', ['{{#if trac.ticket}} is never closed with {{/if}}']],
    ['stray close', 'A {{/if}} B', 'A {{/if}} B', ['{{/if}} has no matching opening tag']],
    ['stray else', 'A {{else}} B', 'A {{else}} B', ['{{else}} has no matching {{#if …}}']],
    ['mismatched close', '{{#if trac.ticket}}A{{/unless}}', 'A{{/unless}}', ['{{/unless}} has no matching opening tag', '{{#if trac.ticket}} is never closed with {{/if}}']],
  ])('reports %s', (_title, body, text, errors) => {
    expect(renderTemplate(body, vars)).toMatchObject({ text, errors });
  });

  it.each([
    ['{{agent.email}}'],
    ['{{#if trac.ticket}}owned{{/if}}'],
    ['{{{ }}} }}} {{'],
    ['$& $1 $$'],
  ])('never expands a value again: %j', (hostile) => {
    const rendered = renderTemplate('Hi {{customer.name}}, re {{customer.name}}', { 'customer.name': hostile, 'agent.email': 'x@example.com', 'trac.ticket': '1' });
    expect(rendered.text).toBe(`Hi ${hostile}, re ${hostile}`);
    expect(rendered.unknown).toEqual([]);
  });

  it('never prints "undefined"', () => {
    const sparse = { 'a.b': undefined } as unknown as TemplateVars;
    expect(renderTemplate('[{{a.b}}]', sparse).text).toBe('[]');
  });

  it('stays fast on a body near the length limit', () => {
    const body = 'Hello {{customer.firstName}} {{#if trac.ticket}}#{{trac.ticket}}{{/if}}\n'.repeat(600);
    const started = performance.now();
    const rendered = renderTemplate(body, vars);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rendered.text.startsWith('Hello Dana #4711\nHello Dana #4711\n')).toBe(true);
  });
});

describe('templateVariableNames', () => {
  it('lists every name once, sections included', () => {
    const body = '{{#if customer.firstName}}Hi {{customer.firstName}}{{else}}{{agent.name}}{{/if}} {{trac.ticket}} {{ trac.ticket }}';
    expect(templateVariableNames(body)).toEqual(['customer.firstName', 'agent.name', 'trac.ticket']);
  });
});
