// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplyTemplate } from '../../lib/model/template';
import { choose, click, renderForTest, typeInto, type Rendered } from '../shared/render-for-test';
import { TemplatesEditor } from './templates-editor';

const builtIn: ReplyTemplate = {
  id: 'installation-details',
  name: 'Installation details request',
  body: 'Hello {{customer.firstName}},\n\n{{missing.installationDetails}}',
  category: 'defect',
  builtIn: true,
  updatedAt: 0,
};
const custom: ReplyTemplate = { id: 'custom:1', name: 'Holiday notice', body: 'We are closed.', category: null, builtIn: false, updatedAt: 0 };
const variables = [
  { name: 'customer.firstName', description: 'First name of the customer' },
  { name: 'missing.installationDetails', description: 'Questions for what is missing' },
];

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const props = (overrides: Partial<Parameters<typeof TemplatesEditor>[0]> = {}): Parameters<typeof TemplatesEditor>[0] => ({
  templates: [builtIn, custom],
  loadProblem: null,
  variables,
  newTemplate: () => ({ id: 'custom:new', name: 'New template', body: '', category: null, builtIn: false, updatedAt: 0 }),
  onSave: async () => undefined,
  onReset: async () => undefined,
  ...overrides,
});

describe('TemplatesEditor', () => {
  it('keeps an unsaved edit when moving to another template and back', async () => {
    view = await renderForTest(<TemplatesEditor {...props()} />);
    await typeInto(view.control<HTMLTextAreaElement>('Template text'), 'Hello {{customer.firstName}}, thanks.');
    await click(view.button('Holiday notice'));
    expect(view.control<HTMLTextAreaElement>('Template text').value).toBe('We are closed.');
    await click(view.button('Installation details request — unsaved (built-in)'));
    expect(view.control<HTMLTextAreaElement>('Template text').value).toBe('Hello {{customer.firstName}}, thanks.');
  });

  it('saves the edited template and offers a reset only for built-ins', async () => {
    const onSave = vi.fn(async () => undefined);
    view = await renderForTest(<TemplatesEditor {...props({ onSave })} />);
    expect(view.button('Reset to built-in text')).toBeDefined();
    await choose(view.control<HTMLSelectElement>('Suggested for'), 'question');
    await click(view.button('Save template'));
    expect(onSave).toHaveBeenCalledWith({ ...builtIn, category: 'question' }, builtIn);
    await click(view.button('Holiday notice'));
    expect(() => view?.button('Reset to built-in text')).toThrow();
  });

  it('creates a custom template that stays a draft until saved', async () => {
    const onSave = vi.fn(async () => undefined);
    view = await renderForTest(<TemplatesEditor {...props({ onSave })} />);
    await click(view.button('New template'));
    expect(view.control('Template name').value).toBe('New template');
    await typeInto(view.control('Template name'), 'Out of office');
    await typeInto(view.control<HTMLTextAreaElement>('Template text'), 'Dear {{customer.frstName}}');
    expect(view.text()).toContain('Not in the variable list (check the spelling): customer.frstName');
    await click(view.button('Save template'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ id: 'custom:new', name: 'Out of office', builtIn: false }));
  });

  it('inserts a variable at the caret', async () => {
    view = await renderForTest(<TemplatesEditor {...props({ templates: [custom] })} />);
    const body = view.control<HTMLTextAreaElement>('Template text');
    body.setSelectionRange(3, 3);
    await click(view.button('Insert {{customer.firstName}}'));
    expect(view.control<HTMLTextAreaElement>('Template text').value).toBe('We {{customer.firstName}}are closed.');
  });
});

describe('TemplatesEditor in a team', () => {
  const teamTemplate: ReplyTemplate = { id: 'team:renewal', name: 'Renewal', body: 'Hello,\n\nYour licence renews on the 1st.\n\nRegards', category: null, builtIn: false, updatedAt: 0 };

  it('follows a colleague’s save where nothing is being edited, and sends the template as the edit began', async () => {
    const onSave = vi.fn(async () => undefined);
    view = await renderForTest(<TemplatesEditor {...props({ templates: [teamTemplate, custom], onSave })} />);
    const container = view.container;
    const rerender = (templates: ReplyTemplate[]) => act(() => render(<TemplatesEditor {...props({ templates, onSave })} />, container));
    // A colleague's save arrives: shown at once, the template being untouched here.
    const colleagues = { ...teamTemplate, body: teamTemplate.body.replace('Hello', 'Dear') };
    await rerender([colleagues, custom]);
    expect(view.control<HTMLTextAreaElement>('Template text').value).toBe(colleagues.body);
    // Now this member edits the end; another save of the colleague's arrives meanwhile.
    const mine = colleagues.body.replace('Regards', 'Kind regards');
    await typeInto(view.control<HTMLTextAreaElement>('Template text'), mine);
    await rerender([{ ...colleagues, body: colleagues.body.replace('1st', '1st of May') }, custom]);
    expect(view.control<HTMLTextAreaElement>('Template text').value).toBe(mine);
    await click(view.button('Save template'));
    expect(onSave).toHaveBeenCalledWith({ ...colleagues, body: mine }, colleagues);
  });

  it('shows a viewer the team’s templates read-only and says why; their own stay editable', async () => {
    const onReset = vi.fn(async () => undefined);
    view = await renderForTest(<TemplatesEditor {...props({ templates: [teamTemplate, custom], onReset, teamReadOnly: 'As a viewer you cannot change them.' })} />);
    expect(view.button('Renewal (team)')).toBeDefined();
    expect(view.container.querySelector('[role="note"]')?.textContent).toBe('As a viewer you cannot change them.');
    expect(view.control<HTMLTextAreaElement>('Template text').closest('fieldset')?.disabled).toBe(true);
    expect(() => view?.button('Delete for the whole team')).toThrow();
    await click(view.button('Holiday notice'));
    expect(view.container.querySelector('[role="note"]')).toBeNull();
    expect(view.control<HTMLTextAreaElement>('Template text').closest('fieldset')?.disabled).toBe(false);
  });
});
