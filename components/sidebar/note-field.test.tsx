// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTest, typeInto, type Rendered } from '../shared/render-for-test';
import { NoteField } from './note-field';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const rerender = (value: string, onSave: (v: string) => void): Promise<void> =>
  act(() => render(<NoteField label="Case notes" multiline value={value} onSave={onSave} />, view!.container));

describe('NoteField', () => {
  it('saves what was typed when the field loses focus, once', async () => {
    const onSave = vi.fn();
    view = await renderForTest(<NoteField label="Case notes" multiline value="" onSave={onSave} />);
    const field = view.control<HTMLTextAreaElement>('Case notes');
    field.dispatchEvent(new FocusEvent('focus'));
    await typeInto(field, 'Customer uses an NFS share');
    expect(onSave).not.toHaveBeenCalled();
    await act(() => void field.dispatchEvent(new FocusEvent('blur')));
    expect(onSave).toHaveBeenCalledExactlyOnceWith('Customer uses an NFS share');
  });

  it('does not save when nothing changed', async () => {
    const onSave = vi.fn();
    view = await renderForTest(<NoteField label="Case notes" multiline value="kept" onSave={onSave} />);
    const field = view.control<HTMLTextAreaElement>('Case notes');
    await act(() => void field.dispatchEvent(new FocusEvent('focus')));
    await act(() => void field.dispatchEvent(new FocusEvent('blur')));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('leaving the field without typing never writes its old text over a change made elsewhere', async () => {
    const onSave = vi.fn();
    view = await renderForTest(<NoteField label="Case notes" multiline value="A" onSave={onSave} />);
    const field = view.control<HTMLTextAreaElement>('Case notes');
    await act(() => void field.dispatchEvent(new FocusEvent('focus')));
    await rerender('B from another tab', onSave);
    await act(() => void field.dispatchEvent(new FocusEvent('blur')));
    expect(onSave).not.toHaveBeenCalled();
    expect(field.value).toBe('B from another tab');
  });

  it('saves what was typed even when the blur comes in the same task as the keystroke', async () => {
    const onSave = vi.fn();
    view = await renderForTest(<NoteField label="Case notes" multiline value="" onSave={onSave} />);
    const field = view.control<HTMLTextAreaElement>('Case notes');
    await act(() => {
      field.dispatchEvent(new FocusEvent('focus'));
      field.value = 'typed and tabbed away';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new FocusEvent('blur'));
    });
    expect(onSave).toHaveBeenCalledExactlyOnceWith('typed and tabbed away');
  });

  it('shows a change made elsewhere when not editing, and keeps the draft while editing', async () => {
    const onSave = vi.fn();
    view = await renderForTest(<NoteField label="Case notes" multiline value="first" onSave={onSave} />);
    const field = view.control<HTMLTextAreaElement>('Case notes');
    await rerender('from another tab', onSave);
    expect(field.value).toBe('from another tab');

    await act(() => void field.dispatchEvent(new FocusEvent('focus')));
    await typeInto(field, 'my draft');
    await rerender('a later save elsewhere', onSave);
    expect(field.value).toBe('my draft');
    await act(() => void field.dispatchEvent(new FocusEvent('blur')));
    expect(onSave).toHaveBeenCalledWith('my draft');
  });
});
