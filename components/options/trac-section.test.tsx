// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../lib/model/settings';
import type { TracChoicesAnswer } from '../../lib/model/trac-form';
import { choose, click, renderForTest, type Rendered } from '../shared/render-for-test';
import { TracSection } from './trac-section';

const settings: Settings = { ...defaultSettings, trac: { ...defaultSettings.trac, baseUrl: 'https://trac.example.com/project', priority: 'high', component: 'server' } };
const read: TracChoicesAnswer = {
  read: {
    baseUrl: 'https://trac.example.com/project',
    readAt: Date.UTC(2026, 11, 5, 14),
    cut: false,
    fields: [
      { name: 'priority', label: 'Priority', options: ['blocker', 'critical', 'major', 'minor', 'trivial'], optional: false },
      { name: 'component', label: 'Component', options: ['client', 'server'], optional: false },
    ],
  },
  problem: null,
};

let view: Rendered | undefined;
afterEach(() => view?.unmount());
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('TracSection with Trac\'s own choices', () => {
  it("offers Trac's options as selects; a stored value Trac lacks stays visible and is said in words", async () => {
    const onChange = vi.fn();
    const onReadChoices = vi.fn(async () => read);
    view = await renderForTest(<TracSection settings={settings} onChange={onChange} problems={[]} onReadChoices={onReadChoices} />);
    await click(view.container); // lets the first reading settle
    await settle();
    expect(onReadChoices).toHaveBeenCalledWith('https://trac.example.com/project', false);
    const priority = view.control<HTMLSelectElement>('Priority');
    expect([...priority.options].map((o) => o.textContent)).toEqual(["(Trac's default)", 'high — not in Trac', 'blocker', 'critical', 'major', 'minor', 'trivial']);
    expect(priority.getAttribute('aria-invalid')).toBe('true');
    expect(view.text()).toContain("Trac has no priority 'high'; it has blocker, critical, major, minor, trivial.");
    expect(view.control<HTMLSelectElement>('Component').value).toBe('server');
    expect(view.control('Milestone').tagName).toBe('INPUT'); // Trac has no milestone select here
    await choose(priority, 'critical');
    expect(onChange).toHaveBeenLastCalledWith({ trac: { ...settings.trac, priority: 'critical' } });
  });

  it('says why the choices are not known, and reads them again on request', async () => {
    const onReadChoices = vi.fn(async (_base: string, refresh: boolean): Promise<TracChoicesAnswer> => (refresh ? read : { read: null, problem: 'Casebook may not read from https://trac.example.com/*.' }));
    view = await renderForTest(<TracSection settings={settings} onChange={() => undefined} problems={[]} onReadChoices={onReadChoices} />);
    await click(view.container);
    await settle();
    expect(view.text()).toContain('Casebook may not read from https://trac.example.com/*.');
    expect(view.control('Priority').tagName).toBe('INPUT');
    await click(view.button("Read Trac's choices"));
    expect(onReadChoices).toHaveBeenLastCalledWith('https://trac.example.com/project', true);
    expect(view.control('Priority').tagName).toBe('SELECT');
  });
});
