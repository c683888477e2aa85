// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTest, type Rendered } from '../shared/render-for-test';
import { ImportExportSection, type ImportOutcome } from './import-export-section';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

async function chooseFile(rendered: Rendered, text: string): Promise<void> {
  const input = rendered.container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File([text], 'casebook-2026-12-03.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('ImportExportSection', () => {
  it('lists every problem of a bad file and says nothing was changed', async () => {
    const outcome: ImportOutcome = {
      ok: false,
      problems: ['settings.team[0].email: Invalid email address', 'cases[12].status: Invalid option: expected one of "new"|"acknowledged"'],
      counts: {},
    };
    const onImport = vi.fn(async () => outcome);
    view = await renderForTest(<ImportExportSection onExport={async () => undefined} onImport={onImport} />);
    expect(view.button('Import…')).toBeDefined();
    await chooseFile(view, '{"settings": {}}');
    expect(onImport).toHaveBeenCalledWith('{"settings": {}}');
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.querySelector('p')?.textContent).toBe('Nothing was changed: casebook-2026-12-03.json has 2 problems.');
    expect([...(alert?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(outcome.problems);
  });

  it('reports what a good file brought in', async () => {
    view = await renderForTest(
      <ImportExportSection onExport={async () => undefined} onImport={async () => ({ ok: true, problems: [], counts: { templates: 3, cases: 120 } })} />,
    );
    await chooseFile(view, '{}');
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe('Imported casebook-2026-12-03.json: 3 templates, 120 cases.');
  });
});
