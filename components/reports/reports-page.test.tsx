// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { defaultSettings } from '../../lib/model/settings';
import { computeReport } from '../../lib/core/reports/compute-report';
import { at, event, input, reportedCase } from '../../lib/core/reports/test-cases';
import { renderForTest, type Rendered } from '../shared/render-for-test';
import { ChartCard } from './chart-card';
import { ReportsPage, type ReportsPageProps } from './reports-page';

// happy-dom has no canvas: the charts' pictures are left out (the e2e test draws them in Chromium).
vi.mock('./uplot-chart', () => ({ UPlotChart: () => null }));

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const report = computeReport(
  [input(reportedCase('A', '2026-11-30T10:00:00Z', { owner: 'alice@vendor.example', category: 'defect' }), event('staff_reply', '2026-11-30T12:00:00Z'))],
  { from: '2026-11-30', to: '2026-12-06', member: null, calendar: defaultSettings.calendar, isHoliday: () => false, now: at('2026-12-07T12:00:00Z') },
);

function props(overrides: Partial<ReportsPageProps> = {}): ReportsPageProps {
  return {
    today: '2026-12-05', period: { from: '2026-11-08', to: '2026-12-05' }, onPeriodChange: vi.fn(), member: null, onMemberChange: vi.fn(), team: [],
    report: null, loading: false, problem: null, problems: [], timing: null, onDownloadCsv: vi.fn(), onOpenDashboard: vi.fn(), ...overrides,
  };
}

describe('ReportsPage', () => {
  it('refuses a period that ends before it starts, in words, and asks for nothing', async () => {
    const onPeriodChange = vi.fn();
    view = await renderForTest(<ReportsPage {...props({ onPeriodChange })} />);
    const from = view.control('From');
    await act(() => {
      from.value = '2026-12-20';
      from.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      view!.container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(view.text()).toContain('The start date is after the end date.');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(onPeriodChange).not.toHaveBeenCalled();
  });

  it('a preset asks for the period ending today and shows as pressed', async () => {
    const onPeriodChange = vi.fn();
    view = await renderForTest(<ReportsPage {...props({ onPeriodChange })} />);
    expect(view.button('Last 4 weeks').getAttribute('aria-pressed')).toBe('true');
    await act(() => view!.button('Last 13 weeks').click());
    expect(onPeriodChange).toHaveBeenCalledWith({ from: '2026-09-06', to: '2026-12-05' });
  });

  it('offers the members found in the report', async () => {
    const onMemberChange = vi.fn();
    view = await renderForTest(<ReportsPage {...props({ onMemberChange, report: { ...report, members: ['alice@vendor.example'] }, team: [{ name: 'Alice', email: 'alice@vendor.example' }] })} />);
    const member = view.control<HTMLSelectElement>('Member');
    expect([...member.options].map((o) => o.textContent)).toEqual(['Everyone', 'Alice (alice@vendor.example)']);
  });
});

describe('ChartCard', () => {
  it('says the figures, lists the numbers as a table and offers its CSV', async () => {
    const onDownloadCsv = vi.fn();
    view = await renderForTest(
      <ChartCard chart="firstResponse" title="First response time" report={report} explanation="How." onDownloadCsv={onDownloadCsv}>
        <div />
      </ChartCard>,
    );
    expect(view.container.querySelector('[data-summary="firstResponse"]')?.textContent).toBe(
      'First response: 1 case answered, median 2.0 h, 90th percentile 2.0 h in business hours; 1 of 1 within the deadline (100%).',
    );
    expect(view.container.querySelector('table')).toBeNull(); // built when opened
    const details = view.container.querySelector('details')!;
    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const rows = [...view.container.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([['2026-11-30', '1', '2', '2', '1', '0', '16']]);
    await act(() => view!.button('Download CSV: First response time').click());
    expect(onDownloadCsv).toHaveBeenCalledWith('firstResponse');
  });
});
