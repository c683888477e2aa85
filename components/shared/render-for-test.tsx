import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Test helper (happy-dom): renders into a fresh container and finds controls the way a user
 * (or Playwright) does — by role and accessible name — so tests exercise the labels too.
 */
export interface Rendered {
  container: HTMLElement;
  /** The form control named exactly `label`: by its aria-label, or a <label for> reading it. */
  control: <T extends HTMLElement = HTMLInputElement>(label: string) => T;
  /** The button whose aria-label, or else text, is exactly `name`. */
  button: (name: string) => HTMLButtonElement;
  text: () => string;
  unmount: () => void;
}

export async function renderForTest(ui: ComponentChild): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(ui, container));
  return {
    container,
    control: <T extends HTMLElement>(label: string): T => {
      const named = [...container.querySelectorAll<T>('input, select, textarea')].find((c) => c.getAttribute('aria-label') === label);
      if (named) return named;
      const tag = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
      const target = tag?.htmlFor ? container.querySelector<T>(`[id="${tag.htmlFor}"]`) : null;
      if (!target) throw new Error(`No control labelled "${label}"`);
      return target;
    },
    button: (name: string): HTMLButtonElement => {
      const found = [...container.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name,
      );
      if (!found) throw new Error(`No button named "${name}"`);
      return found;
    },
    text: () => container.textContent ?? '',
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Types into a field the way the browser reports it (value, then an input event). */
export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Clicks, then lets the callbacks' promises settle (a macrotask drains every microtask). */
export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export async function press(element: HTMLElement, key: string): Promise<void> {
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}
