import { describe, expect, it } from 'vitest';
import { renderTemplate } from './render-template';
import { MAX_NESTING, MAX_TEMPLATE_LENGTH, templateProblems } from './template-limits';
import { TEMPLATE_VARIABLES } from './template-vars';

// Short names keep 3,000 levels under the length limit; nesting is checked before names.
const nested = (depth: number, name = 'a'): string => `{{#if ${name}}}`.repeat(depth) + 'x' + '{{/if}}'.repeat(depth);

describe('templateProblems', () => {
  it.each([
    ['a fine template', 'Hello {{customer.firstName}},\n{{#if trac.ticket}}Ticket {{trac.ticket}}{{/if}}', []],
    ['nested to the limit', nested(MAX_NESTING, 'trac.ticket'), []],
    ['nested one deeper', nested(MAX_NESTING + 1, 'trac.ticket'), [`Sections are nested more than ${MAX_NESTING} deep (at {{#if trac.ticket}}).`]],
    ['nested 3,000 deep', nested(3_000), [`Sections are nested more than ${MAX_NESTING} deep (at {{#if a}}).`]],
    ['an unclosed section', '{{#if trac.ticket}}x', ['{{#if trac.ticket}} is never closed with {{/if}}']],
    ['a stray closing tag', 'x{{/if}}', ['{{/if}} has no matching opening tag']],
    ['nested 5,000 deep: too long already', nested(5_000), ['The template is 80,001 characters long; at most 50,000 are allowed.']],
    ['a misspelt variable, with the names Casebook knows', 'Hi {{customer.nmae}}', [expect.stringMatching(/^Unknown variable \{\{customer\.nmae\}\}\. Casebook knows: customer\.firstName, customer\.name, .*, product\.name\.$/)]],
    ['two unknown names, each once, also inside sections', '{{#if agent.shoeSize}}{{x}}{{/if}} {{x}}', ['Unknown variables {{agent.shoeSize}}, {{x}}. Casebook knows: ' + TEMPLATE_VARIABLES.map((v) => v.name).join(', ') + '.']],
    ['an unclosed section with an unknown name: both said', '{{#if x}}y', ['{{#if x}} is never closed with {{/if}}', expect.stringMatching(/^Unknown variable \{\{x\}\}\./)]],
    ['too long', 'x'.repeat(MAX_TEMPLATE_LENGTH + 1), [`The template is 50,001 characters long; at most 50,000 are allowed.`]],
  ])('%s', (_title, body, problems) => {
    expect(templateProblems(body)).toEqual(problems);
  });
});

describe('renderTemplate within limits', () => {
  it('returns an error result for a template nested 3,000 deep (5,000 used to overflow the stack)', () => {
    const rendered = renderTemplate(nested(3_000), { a: 'yes' });
    expect(rendered).toMatchObject({ text: '', failed: true });
    expect(rendered.errors[0]).toMatch(/nested more than/);
  });

  it('renders a template nested to the limit', () => {
    expect(renderTemplate(nested(MAX_NESTING), { a: 'yes' })).toMatchObject({ text: 'x', failed: false });
  });

  it('refuses a template over the length limit instead of rendering it', () => {
    expect(renderTemplate('x'.repeat(MAX_TEMPLATE_LENGTH + 1), {})).toMatchObject({ text: '', failed: true });
  });

  it.each([
    ['a line of 45,000 spaces before a standalone tag', ' '.repeat(45_000) + 'x\n{{#if a}}\ny\n{{/if}}'],
    ['45,000 spaces after a tag', '{{#if a}}' + ' '.repeat(45_000) + 'x{{/if}}'],
    ['10,000 lines of a standalone tag', '{{#if a}}\n{{/if}}\n'.repeat(2_500)],
    ['many unmatched braces', '{{ '.repeat(15_000)],
  ])('renders %s in linear time', (_title, body) => {
    const started = performance.now();
    renderTemplate(body, { a: 'yes' });
    // Linear takes a few ms, quadratic many seconds: the limit leaves room for a busy machine.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
