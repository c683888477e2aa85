// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { DashboardFilter } from '../../lib/model/messages';
import { press, renderForTest, type Rendered } from '../shared/render-for-test';
import { FilterTabs } from './filter-tabs';

function Harness({ start }: { start: DashboardFilter }): JSX.Element {
  const [filter, setFilter] = useState<DashboardFilter>(start);
  return <FilterTabs value={filter} onChange={setFilter} panelId="cases" />;
}

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const selected = (v: Rendered): string | undefined =>
  [...v.container.querySelectorAll('[role="tab"]')].find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent ?? undefined;

describe('FilterTabs', () => {
  it('names the tabs as the dashboard promises, with one tab stop', async () => {
    view = await renderForTest(<Harness start="overdue" />);
    const tabs = [...view.container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'All',
      'Needs response',
      'Overdue',
      'Waiting on customer',
      'Waiting on developer',
      'Mine',
      'Unassigned',
      'Closed',
    ]);
    expect(tabs.filter((tab) => tab.tabIndex === 0).map((tab) => tab.textContent)).toEqual(['Overdue']);
    expect(tabs.every((tab) => tab.getAttribute('aria-controls') === 'cases')).toBe(true);
  });

  it.each<[DashboardFilter, string, string]>([
    ['all', 'ArrowRight', 'Needs response'],
    ['all', 'ArrowLeft', 'Closed'],
    ['closed', 'ArrowRight', 'All'],
    ['overdue', 'Home', 'All'],
    ['overdue', 'End', 'Closed'],
  ])('from %s, %s selects %s and focuses it', async (start, key, expected) => {
    view = await renderForTest(<Harness start={start} />);
    await press(view.button(selected(view) ?? ''), key);
    expect(selected(view)).toBe(expected);
    expect(document.activeElement?.textContent).toBe(expected);
  });

  it('leaves other keys alone (typing in the page must not switch filters)', async () => {
    view = await renderForTest(<Harness start="mine" />);
    await press(view.button('Mine'), 'a');
    expect(selected(view)).toBe('Mine');
  });
});
