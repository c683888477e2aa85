// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderForTest, type Rendered } from '../shared/render-for-test';
import { ImportExportSection, type ImportExportSectionProps, type ImportOutcome, type ImportPreview } from './import-export-section';

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

const here = { cases: 6, templates: 1, corrections: 2 };
const noop = async (): Promise<undefined> => undefined;

function props(overrides: Partial<ImportExportSectionProps> = {}): ImportExportSectionProps {
  return {
    onExport: noop,
    onPreview: async () => ({ ok: true, plan: { file: { cases: 0, templates: 3, corrections: 0 }, here, newCases: 0 } }),
    onImport: async () => ({ ok: true, problems: [], counts: { cases: 0, templates: 3 } }),
    backupSavedAt: null,
    onLoadBackup: async () => '{}',
    ...overrides,
  };
}

async function click(rendered: Rendered, name: string): Promise<void> {
  await act(async () => {
    rendered.button(name).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('ImportExportSection', () => {
  it('lists every problem of a bad file and says nothing was changed', async () => {
    const problems = ['settings.team[0].email: Invalid email address', 'cases[12].status: Invalid option: expected one of "new"|"acknowledged"'];
    const onImport = vi.fn(async (): Promise<ImportOutcome> => ({ ok: true, problems: [], counts: {} }));
    const onPreview = vi.fn(async (): Promise<ImportPreview> => ({ ok: false, problems }));
    view = await renderForTest(<ImportExportSection {...props({ onPreview, onImport })} />);
    expect(view.button('Import…')).toBeDefined();
    await chooseFile(view, '{"settings": {}}');
    expect(onPreview).toHaveBeenCalledWith('{"settings": {}}');
    expect(onImport).not.toHaveBeenCalled();
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.querySelector('p')?.textContent).toBe('Nothing was changed: casebook-2026-12-03.json has 2 problems.');
    expect([...(alert?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(problems);
  });

  // The case: a colleague's settings export deleted all six cases.
  it('adds a file without cases at once, merging: no case is touched', async () => {
    const onImport = vi.fn(async (): Promise<ImportOutcome> => ({ ok: true, problems: [], counts: { cases: 0, templates: 3 } }));
    view = await renderForTest(<ImportExportSection {...props({ onImport })} />);
    await chooseFile(view, '{}');
    expect(onImport).toHaveBeenCalledWith('{}', 'merge');
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe('Imported casebook-2026-12-03.json: 0 cases, 3 templates. Nothing here was deleted.');
  });

  it('asks before importing a file with cases; merging adds the new ones', async () => {
    const onImport = vi.fn(async (): Promise<ImportOutcome> => ({ ok: true, problems: [], counts: { cases: 114, templates: 3 } }));
    const onPreview = async (): Promise<ImportPreview> => ({ ok: true, plan: { file: { cases: 120, templates: 3, corrections: 0 }, here, newCases: 114 } });
    view = await renderForTest(<ImportExportSection {...props({ onImport, onPreview })} />);
    await chooseFile(view, '{"cases": []}');
    expect(onImport).not.toHaveBeenCalled();
    const group = view.container.querySelector('[role="group"][aria-label="How to import"]');
    expect(group?.querySelector('p')?.textContent).toBe(
      'casebook-2026-12-03.json holds 120 cases, 3 templates and 0 classifier corrections. Here there are 6 cases, 1 template and 2 classifier corrections.',
    );
    await click(view, 'Add its 114 new cases and its templates (delete nothing)');
    expect(onImport).toHaveBeenCalledWith('{"cases": []}', 'merge');
    expect(view.container.querySelector('[role="status"]')?.textContent).toContain('Nothing here was deleted.');
  });

  it('replacing says exactly what goes and needs a second click', async () => {
    const onImport = vi.fn(async (): Promise<ImportOutcome> => ({ ok: true, problems: [], counts: { cases: 120 } }));
    const onPreview = async (): Promise<ImportPreview> => ({ ok: true, plan: { file: { cases: 120, templates: 3, corrections: 0 }, here, newCases: 114 } });
    view = await renderForTest(<ImportExportSection {...props({ onImport, onPreview })} />);
    await chooseFile(view, '{"cases": []}');
    await click(view, 'Replace everything…');
    expect(onImport).not.toHaveBeenCalled();
    expect(view.container.querySelector('[role="alert"] .cb-problems__title')?.textContent).toBe(
      "Replacing deletes the 6 cases, 1 template and 2 classifier corrections here and puts the file's 120 cases, 3 templates and 0 classifier corrections in their place. An automatic backup of what is here is saved first; you can restore it from this section.",
    );
    await click(view, 'Delete 6 cases here and replace');
    expect(onImport).toHaveBeenCalledWith('{"cases": []}', 'replace');
  });

  it('offers the automatic backup, restored through the same question', async () => {
    const onPreview = vi.fn(async (): Promise<ImportPreview> => ({ ok: true, plan: { file: { cases: 6, templates: 1, corrections: 2 }, here: { cases: 120, templates: 3, corrections: 0 }, newCases: 6 } }));
    view = await renderForTest(<ImportExportSection {...props({ onPreview, backupSavedAt: Date.UTC(2026, 11, 5, 11, 40), onLoadBackup: async () => 'BACKUP' })} />);
    await click(view, 'Restore it…');
    expect(onPreview).toHaveBeenCalledWith('BACKUP');
    expect(view.container.querySelector('[role="group"] p')?.textContent).toMatch(/^the automatic backup holds 6 cases, 1 template and 2 classifier corrections\./);
  });
});
