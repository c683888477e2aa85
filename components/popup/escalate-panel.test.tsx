// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TracPreview } from '../../lib/model/messages';
import { choose, click, renderForTest, typeInto, type Rendered } from '../shared/render-for-test';
import { EscalatePanel } from './escalate-panel';

const preview: TracPreview = {
  summary: 'Upload fails with 550 on files over 2 GB',
  fields: [
    { name: 'type', label: 'Type', value: 'defect', choices: ['defect', 'enhancement', 'task'], problem: null },
    {
      name: 'priority',
      label: 'Priority',
      value: '',
      choices: ['blocker', 'critical', 'major', 'minor', 'trivial'],
      problem: "Trac has no priority 'high'; it has blocker, critical, major, minor, trivial.",
    },
  ],
  choicesNote: "Trac's choices as read from its New Ticket form just now.",
  tracProblem: null,
  url: 'https://trac.example.com/project/newticket?summary=Upload+fails',
  bytes: 2480,
  shortened: ['server log'],
  duplicates: [{ id: 4711, summary: 'Large uploads fail with 550', status: 'new' }],
  duplicatesProblem: null,
  notes: [],
};

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('EscalatePanel', () => {
  it('previews, lets the summary and fields be chosen among Trac\'s own options, then opens Trac with them', async () => {
    const onOpen = vi.fn(async () => 'Create the ticket in the new tab — Casebook will pick up its number.');
    view = await renderForTest(<EscalatePanel tracConfigured onPreview={async () => preview} onOpen={onOpen} onOpenOptions={() => undefined} />);
    await click(view.button('Escalate to Trac'));
    expect(view.control('Summary').value).toBe(preview.summary);
    expect(view.text()).toContain('#4711 Large uploads fail with 550 (new)');
    expect(view.text()).toContain('shortened to fit: server log');
    // 'high' is not among Trac's priorities: the select starts blank and says why.
    const priority = view.control<HTMLSelectElement>('Priority');
    expect([...priority.options].map((o) => o.value)).toEqual(['', 'blocker', 'critical', 'major', 'minor', 'trivial']);
    expect(priority.value).toBe('');
    expect(view.text()).toContain("Trac has no priority 'high'; it has blocker, critical, major, minor, trivial.");
    expect(view.control<HTMLSelectElement>('Type').value).toBe('defect');
    await typeInto(view.control('Summary'), 'Uploads over 2 GB fail with 550 (FTPGate 5.2)');
    await choose(priority, 'critical');
    await click(view.button('Open in Trac'));
    expect(onOpen).toHaveBeenCalledWith('Uploads over 2 GB fail with 550 (FTPGate 5.2)', { type: 'defect', priority: 'critical' });
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe('Create the ticket in the new tab — Casebook will pick up its number.');
  });

  it("says prominently when Trac could not be read, and reads its choices again on Refresh", async () => {
    const unreachable: TracPreview = { ...preview, fields: [], choicesNote: '', tracProblem: 'Trac at https://trac.example.com could not be reached.' };
    const onPreview = vi.fn(async (refresh: boolean) => (refresh ? preview : unreachable));
    view = await renderForTest(<EscalatePanel tracConfigured onPreview={onPreview} onOpen={async () => ''} onOpenOptions={() => undefined} />);
    await click(view.button('Escalate to Trac'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('could not be reached');
    expect(() => view!.control('Priority')).toThrow();
    await click(view.button("Refresh Trac's choices"));
    expect(onPreview).toHaveBeenLastCalledWith(true);
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
    expect(view.control<HTMLSelectElement>('Priority').value).toBe('');
  });

  it('explains, instead of escalating, when no Trac address is set', async () => {
    const onPreview = vi.fn(async () => preview);
    const onOpenOptions = vi.fn();
    view = await renderForTest(<EscalatePanel tracConfigured={false} onPreview={onPreview} onOpen={async () => ''} onOpenOptions={onOpenOptions} />);
    await click(view.button('Escalate to Trac'));
    expect(onPreview).not.toHaveBeenCalled();
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('No Trac address is set.');
    await click(view.button('Set up Trac in Options'));
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('shows the background\'s reason when the preview fails', async () => {
    view = await renderForTest(
      <EscalatePanel
        tracConfigured
        onPreview={async () => Promise.reject(new Error('This case no longer exists.'))}
        onOpen={async () => ''}
        onOpenOptions={() => undefined}
      />,
    );
    await click(view.button('Escalate to Trac'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('Could not prepare the ticket:This case no longer exists.');
  });
});
