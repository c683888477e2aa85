import { describe, expect, it } from 'vitest';
import { Category } from '../../model/classification';
import { sampleCase, sampleSettings, sampleThread } from '../trac/test-samples';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { renderTemplate, templateVariableNames, type TemplateVars } from './render-template';
import { buildTemplateVars, TEMPLATE_VARIABLES } from './template-vars';

/** Every catalogue variable set to its example value. */
const FULL: TemplateVars = Object.fromEntries(TEMPLATE_VARIABLES.map((variable) => [variable.name, variable.example]));

const templateById = (id: string): string => BUILT_IN_TEMPLATES.find((template) => template.id === id)?.body ?? '';

describe('BUILT_IN_TEMPLATES', () => {
  it('has the stable ids the process needs, each once', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.id)).toEqual([
      'installation-details',
      'acknowledgement',
      'trac-ticket-notice',
      'phone-follow-up',
      'screen-share',
      'feature-request',
      'licensing-sales',
      'split-questions',
    ]);
  });

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.id, template] as const))('%s is a valid built-in', (_id, template) => {
    expect(template.builtIn).toBe(true);
    expect(Category.options).toContain(template.category);
    expect(template.name.length).toBeGreaterThan(5);
  });

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.id, template.body] as const))(
    '%s renders with every variable set: nothing unknown or missing',
    (_id, body) => {
      const rendered = renderTemplate(body, FULL);
      expect({ unknown: rendered.unknown, missing: rendered.missing, errors: rendered.errors }).toEqual({ unknown: [], missing: [], errors: [] });
      expect(rendered.text).not.toMatch(/\{\{|\}\}|undefined|null/);
      expect(rendered.text).not.toMatch(/\n{3,}|[ \t]+\n|^\s/);
      expect(rendered.text.startsWith('Hi Dana,\n\n')).toBe(true);
      expect(rendered.text.endsWith('Best regards,')).toBe(true);
    },
  );

  // Each variable, when empty, is either reported or tested by a section that words around it.
  const uses = BUILT_IN_TEMPLATES.flatMap((template) => templateVariableNames(template.body).map((name) => [template.id, name, template.body] as const));
  it.each(uses)('%s without %s: reported or worded around', (_id, name, body) => {
    const rendered = renderTemplate(body, { ...FULL, [name]: '' });
    const guarded = body.includes(`{{#if ${name}}}`);
    expect(rendered.missing.includes(name)).toBe(!guarded);
    expect(rendered.text).not.toMatch(/\{\{|undefined|\n{3,}/);
  });

  it('greets neutrally without a first name', () => {
    expect(renderTemplate(templateById('acknowledgement'), { ...FULL, 'customer.firstName': '' }).text.startsWith('Hello,\n\n')).toBe(true);
  });
});

describe('installation-details template', () => {
  const render = (missing: Parameters<typeof buildTemplateVars>[0]['missing']): string =>
    renderTemplate(
      templateById('installation-details'),
      buildTemplateVars({ thread: sampleThread(), supportCase: sampleCase(), settings: sampleSettings(), missing, now: Date.UTC(2025, 0, 6), holidays: () => false }),
    ).text;

  it('asks only for what is missing', () => {
    const text = render(['clientLog', 'integrations']);
    expect(text).toContain('Can you please provide us with the following details about the system used for running FTPGate Server:');
    expect(text).toContain('* If relevant, please send through the corresponding client-side log.');
    expect(text).toContain('* Please advise brief details of any: integration');
    expect(text).not.toContain('Product version?');
    expect(text).not.toContain('Operating system');
    expect(text).not.toContain('server-side log');
    expect(text).toContain('This information will not be shared with any other third party');
  });

  it('keeps the whole team text when everything is missing', () => {
    const text = render(['productVersion', 'os', 'protocols', 'serverLog', 'clientLog', 'integrations']);
    for (const line of ['* Product version?', '* Operating system name and version?', '* File transfer protocol(s) used?', '* Other information (if known).', 'Before releasing a new version, we run an automated test suite']) {
      expect(text).toContain(line);
    }
  });

  it('thanks the customer instead of asking when nothing is missing', () => {
    const text = render([]);
    expect(text).toBe(
      'Hi Dana,\n\nThank you for your message.\n\nThank you as well for the details of your installation: you have already sent us everything we need to recreate the issue in a similar environment. We will come back to you with our findings.\n\nBest regards,',
    );
  });

  it('inserts a hostile customer name literally', () => {
    const supportCase = sampleCase({ customer: { name: '{{agent.email}} {{#if x}}', email: 'x@example.org', organisation: '' } });
    const vars = buildTemplateVars({ thread: null, supportCase, settings: sampleSettings(), missing: [], now: 0, holidays: () => false });
    const rendered = renderTemplate('Dear {{customer.name}}', vars);
    expect(rendered.text).toBe('Dear {{agent.email}} {{#if x}}');
    expect(rendered.errors).toEqual([]);
  });
});
