import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One series of a chart: its name, values (null: no value), how it is drawn, and on which axis. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  kind: 'line' | 'bars' | 'area' | 'dashed';
  /** A CSS colour or custom property (`--cb-chart-1`), read when drawn so the theme applies. */
  color: string;
  /** 'y' (left axis) or 'right' (second axis). */
  scale?: 'y' | 'right';
  /** Bars side by side: -1 left half, 1 right half, 0 whole slot. */
  barAlign?: -1 | 0 | 1;
}

export interface UPlotChartProps {
  /** Labels of the x positions (dates, owners), in order. */
  labels: string[];
  series: ChartSeries[];
  yLabel: string;
  rightLabel?: string;
  /** Fixed range for the right axis (percentages: [0, 100]). */
  rightRange?: [number, number];
  height?: number;
}

function cssColor(element: Element, color: string): string {
  return color.startsWith('--') ? getComputedStyle(element).getPropertyValue(color).trim() || '#888' : color;
}

function options(element: HTMLElement, props: UPlotChartProps, width: number): uPlot.Options {
  const text = cssColor(element, '--cb-text');
  const grid = cssColor(element, '--cb-border');
  const axis = (label: string, side: 1 | 3 = 3, scale = 'y'): uPlot.Axis => ({
    scale, side, label, stroke: text, grid: { show: side === 3, stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '12px system-ui, sans-serif', labelFont: '12px system-ui, sans-serif',
  });
  const { labels } = props;
  const step = Math.max(1, Math.ceil(labels.length / Math.max(2, Math.floor(width / 90))));
  return {
    width,
    height: props.height ?? 260,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: { x: { time: false, range: [-0.6, Math.max(0.6, labels.length - 0.4)] }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] }, ...(props.rightRange ? { right: { range: props.rightRange } } : {}) },
    axes: [
      {
        stroke: text, grid: { show: false }, ticks: { stroke: grid, width: 1 }, font: '12px system-ui, sans-serif',
        splits: () => labels.map((_, index) => index).filter((index) => index % step === 0),
        values: (_u, splits) => splits.map((index) => labels[index] ?? ''),
      },
      axis(props.yLabel),
      ...(props.rightLabel ? [axis(props.rightLabel, 1, 'right')] : []),
    ],
    series: [
      {},
      ...props.series.map((s): uPlot.Series => {
        const color = cssColor(element, s.color);
        const base = { label: s.label, scale: s.scale ?? 'y', stroke: color, width: 2 };
        if (s.kind === 'bars') return { ...base, width: 0, fill: color, paths: uPlot.paths.bars!({ size: [s.barAlign ? 0.35 : 0.6, 60], align: s.barAlign ?? 0 }), points: { show: false } };
        if (s.kind === 'area') return { ...base, fill: `${color}55`, points: { show: false } };
        if (s.kind === 'dashed') return { ...base, dash: [6, 4], points: { show: false } };
        return { ...base, points: { show: true, size: 5, fill: color } };
      }),
    ],
  };
}

/**
 * A uPlot chart (canvas) drawn from CSS colours of the page's theme, redrawn when the theme or
 * the width changes. Hidden from assistive technology: the summary line and the table of
 * numbers beside it say the same in words.
 */
export function UPlotChart(props: UPlotChartProps): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const data: uPlot.AlignedData = [props.labels.map((_, index) => index), ...props.series.map((s) => s.values)];
    let chart: uPlot | null = null;
    const draw = (): void => {
      chart?.destroy();
      chart = new uPlot(options(element, props, Math.max(280, element.clientWidth)), data, element);
    };
    // Each chart in its own task: six charts drawn in one would be one long task on the page.
    const first = setTimeout(draw, 0);
    const dark = matchMedia('(prefers-color-scheme: dark)');
    dark.addEventListener('change', draw);
    let lastWidth = element.clientWidth;
    const resize = new ResizeObserver(() => {
      if (Math.abs(element.clientWidth - lastWidth) < 8) return;
      lastWidth = element.clientWidth;
      chart?.setSize({ width: Math.max(280, lastWidth), height: props.height ?? 260 });
    });
    resize.observe(element);
    return () => {
      clearTimeout(first);
      dark.removeEventListener('change', draw);
      resize.disconnect();
      chart?.destroy();
    };
  }, [props]);
  return <div class="cb-chart" ref={box} aria-hidden="true" />;
}
