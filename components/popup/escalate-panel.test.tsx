// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TracPreview } from '../../lib/model/messages';
import { click, renderForTest, typeInto, type Rendered } from '../shared/render-for-test';
import { EscalatePanel } from './escalate-panel';

const preview: TracPreview = {
  summary: 'Upload fails with 550 on files over 2 GB',
  priority: 'major',
  url: 'https://trac.example.com/project/newticket?summary=Upload+fails',
  bytes: 2480,
  shortened: ['server log'],
  duplicates: [{ id: 4711, summary: 'Large uploads fail with 550', status: 'new' }],
  duplicatesProblem: null,
};

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('EscalatePanel', () => {
  it('previews, lets the summary and priority be edited, then opens Trac with the edits', async () => {
    const onOpen = vi.fn(async () => undefined);
    view = await renderForTest(<EscalatePanel tracConfigured onPreview={async () => preview} onOpen={onOpen} onOpenOptions={() => undefined} />);
    await click(view.button('Escalate to Trac'));
    expect(view.control('Summary').value).toBe(preview.summary);
    expect(view.text()).toContain('#4711 Large uploads fail with 550 (new)');
    expect(view.text()).toContain('shortened to fit: server log');
    await typeInto(view.control('Summary'), 'Uploads over 2 GB fail with 550 (FTPGate 5.2)');
    await typeInto(view.control('Priority'), 'critical');
    await click(view.button('Open in Trac'));
    expect(onOpen).toHaveBeenCalledWith('Uploads over 2 GB fail with 550 (FTPGate 5.2)', 'critical');
    expect(view.container.querySelector('[role="status"]')?.textContent).toContain('Create ticket');
  });

  it('explains, instead of escalating, when no Trac address is set', async () => {
    const onPreview = vi.fn(async () => preview);
    const onOpenOptions = vi.fn();
    view = await renderForTest(<EscalatePanel tracConfigured={false} onPreview={onPreview} onOpen={async () => undefined} onOpenOptions={onOpenOptions} />);
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
        onOpen={async () => undefined}
        onOpenOptions={() => undefined}
      />,
    );
    await click(view.button('Escalate to Trac'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('Could not prepare the ticket:This case no longer exists.');
  });
});
