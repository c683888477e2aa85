// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from './countdown';
import { OwnerSelect } from './owner-select';
import { choose, renderForTest, type Rendered } from './render-for-test';
import { StatusSelect } from './status-select';

const team = [
  { name: 'Adi Roiban', email: 'adi@example.com' },
  { name: 'Sam Lee', email: 'sam@example.com' },
];

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('StatusSelect', () => {
  it('is named "Status" and reports the chosen status', async () => {
    const onChange = vi.fn();
    view = await renderForTest(<StatusSelect value="new" onChange={onChange} />);
    const select = view.control<HTMLSelectElement>('Status');
    expect([...select.options].map((o) => o.text)).toEqual([
      'New',
      'Acknowledged',
      'In progress',
      'Waiting on customer',
      'Waiting on developer',
      'Closed',
    ]);
    await choose(select, 'waiting_developer');
    expect(onChange).toHaveBeenCalledWith('waiting_developer');
  });
});

describe('OwnerSelect', () => {
  it('offers the team and "Unassigned", which reports null', async () => {
    const onChange = vi.fn();
    view = await renderForTest(<OwnerSelect value="sam@example.com" team={team} onChange={onChange} />);
    const select = view.control<HTMLSelectElement>('Owner');
    expect(select.value).toBe('sam@example.com');
    await choose(select, '');
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('keeps an owner who left the team list selectable instead of changing it', async () => {
    view = await renderForTest(<OwnerSelect value="former@example.com" team={team} onChange={() => undefined} />);
    const select = view.control<HTMLSelectElement>('Owner');
    expect(select.value).toBe('former@example.com');
    expect(select.selectedOptions[0]?.text).toBe('former@example.com (not in the team list)');
  });
});

describe('Countdown', () => {
  const now = Date.parse('2026-12-03T14:10:00Z');

  it('says overdue in words and marks it for the overdue colour', async () => {
    view = await renderForTest(<Countdown dueAt={now - 25 * 60_000} now={now} timeZone="Europe/London" />);
    expect(view.text()).toBe('overdue by 25 min');
    expect(view.container.querySelector('.cb-deadline--overdue')).not.toBeNull();
  });

  it('shows the wall-clock time under the countdown when asked', async () => {
    view = await renderForTest(<Countdown dueAt={Date.parse('2026-12-04T17:30:00Z')} now={now} timeZone="Europe/London" showAbsolute />);
    expect(view.container.querySelector('time')?.textContent).toBe('due in 1 d 3 h');
    expect(view.container.querySelector('.cb-deadline__absolute')?.textContent).toBe('Fri 4 Dec, 17:30');
  });
});
