// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, renderForTest, typeInto, type Rendered } from '../shared/render-for-test';
import { PhoneCaseForm } from './phone-case-form';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('PhoneCaseForm', () => {
  it('opens from "Log a phone case" and refuses an empty case, saying why', async () => {
    const onSubmit = vi.fn(async () => undefined);
    view = await renderForTest(<PhoneCaseForm onSubmit={onSubmit} />);
    const toggle = view.button('Log a phone case');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await click(view.button('Save phone case'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('Subject: say what the call was about.');
  });

  it('sends the trimmed call and confirms it', async () => {
    const onSubmit = vi.fn(async () => undefined);
    view = await renderForTest(<PhoneCaseForm onSubmit={onSubmit} />);
    await click(view.button('Log a phone case'));
    await typeInto(view.control('Customer name'), ' Ana Silva ');
    await typeInto(view.control('Email'), 'ana.silva@example.org');
    await typeInto(view.control('Subject'), 'SFTP login fails after upgrade to 5.2');
    await typeInto(view.control<HTMLTextAreaElement>('Notes'), 'Called at 10:40, wants a call back.');
    await click(view.button('Save phone case'));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Ana Silva',
      email: 'ana.silva@example.org',
      organisation: '',
      subject: 'SFTP login fails after upgrade to 5.2',
      notes: 'Called at 10:40, wants a call back.',
    });
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe('Phone case logged: SFTP login fails after upgrade to 5.2');
  });

  it('keeps what was typed when the background refuses', async () => {
    view = await renderForTest(<PhoneCaseForm onSubmit={async () => Promise.reject(new Error('The database is closed.'))} />);
    await click(view.button('Log a phone case'));
    await typeInto(view.control('Customer name'), 'Ana Silva');
    await typeInto(view.control('Subject'), 'Licence renewal');
    await click(view.button('Save phone case'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('The database is closed.');
    expect(view.control('Subject').value).toBe('Licence renewal');
  });
});
