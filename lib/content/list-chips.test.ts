// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListChip } from '../core/case/list-chip';
import { chipPainter, CHIPS_PER_FRAME } from './list-chips';

/** Frames run one by one when the test says, as the browser's would after each other. */
let frames: Array<FrameRequestCallback | null>;
const runFrame = (): void => {
  const pending = frames;
  frames = [];
  pending.forEach((callback) => callback?.(0));
};
const runFrames = (): number => {
  let count = 0;
  for (; frames.some((f) => f !== null) && count < 100; count++) runFrame();
  return count;
};
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = null));
});
afterEach(() => vi.unstubAllGlobals());

/** A list of `count` rows, each with a subject span (the chip goes before it). */
function list(count: number): Document {
  document.body.replaceChildren();
  const table = document.createElement('table');
  for (let i = 0; i < count; i++) {
    const row = table.insertRow();
    const subject = document.createElement('span');
    subject.className = 'subject';
    subject.dataset.thread = `t${i}`;
    subject.textContent = `Subject ${i}`;
    row.insertCell().append(subject);
  }
  document.body.append(table);
  return document;
}
const slots = (doc: Document): Map<string, Element> => new Map(Array.from(doc.querySelectorAll('.subject'), (el) => [el.getAttribute('data-thread')!, el]));
const chip = (i: number, text = `In progress · due 17:30 · LM ${i}`, tone: ListChip['tone'] = 'soon'): ListChip => ({ threadId: `t${i}`, text, tone, title: `Casebook: chip ${i}` });
const painted = (doc: Document): string[] => Array.from(doc.body.querySelectorAll('[data-casebook-chip]'), (el) => `${el.getAttribute('data-casebook-chip')}:${el.textContent}`);

describe('chipPainter', () => {
  it('paints a 100-row page CHIPS_PER_FRAME chips a frame, top rows first', () => {
    const doc = list(100);
    const painter = chipPainter(doc, slots);
    painter.show(Array.from({ length: 100 }, (_, i) => chip(i)));
    expect(painted(doc)).toEqual([]); // nothing before the frame
    runFrame();
    expect(painted(doc)).toEqual(Array.from({ length: CHIPS_PER_FRAME }, (_, i) => `t${i}:${chip(i).text}`));
    expect(runFrames()).toBe(100 / CHIPS_PER_FRAME - 1);
    expect(painted(doc)).toHaveLength(100);
    const first = doc.querySelector('[data-casebook-chip="t0"]') as HTMLElement;
    expect(first.nextElementSibling?.textContent).toBe('Subject 0');
    expect(first.title).toBe('Casebook: chip 0');
    expect(first.style.color).not.toBe('');
  });

  it('writes nothing when the rows already show their chips (its own writes end there)', () => {
    const doc = list(12);
    const painter = chipPainter(doc, slots);
    painter.show([chip(1), chip(5), chip(11)]);
    runFrames();
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(doc.body, { subtree: true, childList: true, attributes: true, characterData: true });
    painter.repaint();
    painter.show([chip(1), chip(5), chip(11)]); // the same answer again (the minute's refresh)
    expect(runFrames()).toBe(1);
    observer.disconnect();
    expect(writes.concat(observer.takeRecords())).toEqual([]);
  });

  it('follows changes: new wording and tone, untracked rows, rows the host rendered again', () => {
    const doc = list(6);
    const painter = chipPainter(doc, slots);
    painter.show([chip(0), chip(2), chip(4)]);
    runFrames();
    const kept = doc.querySelector('[data-casebook-chip="t2"]') as HTMLElement;
    const colour = kept.style.color;
    painter.show([chip(0, 'Waiting on customer'), chip(2, chip(2).text, 'overdue')]);
    runFrames();
    expect(painted(doc)).toEqual(['t0:Waiting on customer', `t2:${chip(2).text}`]);
    expect(doc.querySelector('[data-casebook-chip="t2"]')).toBe(kept); // changed in place
    expect(kept.style.color).not.toBe(colour);
    // The host renders row 2 again (its chip is gone) and moves row 0's subject elsewhere.
    const row2 = doc.querySelector('[data-thread="t2"]')!.closest('td')!;
    row2.replaceChildren(Object.assign(doc.createElement('span'), { className: 'subject', textContent: 'Subject 2' }));
    row2.firstElementChild!.setAttribute('data-thread', 't2');
    doc.querySelector('[data-thread="t0"]')!.before(doc.createElement('b'));
    painter.repaint();
    runFrames();
    expect(painted(doc)).toEqual(['t0:Waiting on customer', `t2:${chip(2).text}`]);
    expect(doc.querySelector('[data-casebook-chip="t0"]')!.nextElementSibling).toBe(doc.querySelector('[data-thread="t0"]'));
    expect(doc.querySelectorAll('[data-casebook-chip="t0"]')).toHaveLength(1);
    painter.show([]);
    runFrames();
    expect(painted(doc)).toEqual([]);
  });

  it('reads the list once per change, then only writes, frame by frame', () => {
    const doc = list(100);
    const find = vi.fn(slots);
    const painter = chipPainter(doc, find);
    painter.show(Array.from({ length: 100 }, (_, i) => chip(i)));
    expect(runFrames()).toBe(100 / CHIPS_PER_FRAME);
    expect(find).toHaveBeenCalledTimes(1);
    // The host renders two rows again in the middle of a paint: the rest is planned anew.
    doc.querySelectorAll('[data-casebook-chip]').forEach((el) => el.remove());
    painter.repaint();
    runFrame();
    doc.querySelector('table')!.deleteRow(99);
    painter.repaint();
    runFrames();
    expect(find).toHaveBeenCalledTimes(3);
    expect(painted(doc)).toHaveLength(99);
  });

  it('tells its own writes from the host\'s', () => {
    const doc = list(30);
    const painter = chipPainter(doc, slots);
    const seen: MutationRecord[][] = [];
    const observer = new MutationObserver((records) => seen.push(records));
    observer.observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    painter.show(Array.from({ length: 30 }, (_, i) => chip(i)));
    runFrames();
    painter.show(Array.from({ length: 30 }, (_, i) => chip(i, 'Waiting on customer'))); // text changed in place
    runFrames();
    painter.show([]); // all removed
    runFrames();
    seen.push(observer.takeRecords());
    expect(seen.flat().length).toBeGreaterThanOrEqual(90);
    expect(seen.every((records) => painter.owns(records))).toBe(true);
    // The host's own changes, alone or among the painter's: a row added, a class, a subject rewritten.
    const row = doc.querySelector('tr')!;
    doc.querySelector('table')!.insertRow();
    expect(painter.owns(observer.takeRecords())).toBe(false);
    row.className = 'zE';
    expect(painter.owns(observer.takeRecords())).toBe(false);
    painter.show([chip(0)]);
    runFrames();
    doc.querySelector('.subject')!.textContent = 'New subject';
    const mixed = observer.takeRecords();
    expect(mixed.length).toBeGreaterThan(2);
    expect(painter.owns(mixed)).toBe(false);
    observer.disconnect();
  });

  it('removes the chips an earlier painter left (the extension reloaded), searching the page for them only once', () => {
    const doc = list(4);
    const earlier = chipPainter(doc, slots);
    earlier.show([chip(0), chip(1), chip(3)]);
    runFrames();
    const row1 = doc.querySelector('[data-thread="t1"]')!.parentElement!;
    row1.append(row1.firstElementChild!.cloneNode(true)); // a second chip for one row
    const search = vi.spyOn(doc, 'querySelectorAll');
    const painter = chipPainter(doc, slots);
    painter.show([chip(1, 'Waiting on customer')]);
    runFrames();
    expect(painted(doc)).toEqual(['t1:Waiting on customer']);
    painter.show([chip(1), chip(2)]);
    runFrames();
    painter.repaint();
    runFrames();
    expect(painted(doc)).toEqual([`t1:${chip(1).text}`, `t2:${chip(2).text}`]);
    expect(search.mock.calls.filter(([css]) => css.includes('data-casebook-chip'))).toHaveLength(1);
  });

  it('paints a row whose chip an earlier painter left twice, the second one in place', () => {
    const doc = list(2);
    const earlier = chipPainter(doc, slots);
    earlier.show([chip(0)]);
    runFrames();
    const row0 = doc.querySelector('[data-thread="t0"]')!.parentElement!;
    row0.prepend(row0.firstElementChild!.cloneNode(true)); // [chip, chip, subject]: the first is not in place
    const painter = chipPainter(doc, slots);
    painter.show([chip(0, 'Closed')]);
    runFrames();
    expect(painted(doc)).toEqual(['t0:Closed']);
    expect(row0.querySelector('[data-casebook-chip]')!.nextElementSibling).toBe(doc.querySelector('[data-thread="t0"]'));
  });

  it('gives the chips of a tone one inline style, another tone another', () => {
    const doc = list(3);
    const painter = chipPainter(doc, slots);
    painter.show([chip(0, 'New', 'overdue'), chip(1, 'New', 'overdue'), chip(2, 'New', 'later')]);
    runFrames();
    const styles = Array.from(doc.querySelectorAll('[data-casebook-chip]'), (el) => el.getAttribute('style'));
    expect(styles[0]).toBe(styles[1]);
    expect(styles[2]).not.toBe(styles[0]);
    expect(styles[0]).toContain('border-radius');
  });

  it('writes mail-like text as text, never markup', () => {
    const doc = list(1);
    const painter = chipPainter(doc, slots);
    painter.show([chip(0, '<img src=x onerror=alert(1)>New')]);
    runFrames();
    expect(doc.querySelector('img')).toBeNull();
    expect(painted(doc)).toEqual(['t0:<img src=x onerror=alert(1)>New']);
  });

  it('reads no geometry or computed style (no forced layout), and stop cancels the next frame', () => {
    const doc = list(100);
    const spies = [
      vi.spyOn(Element.prototype, 'getBoundingClientRect'),
      vi.spyOn(Element.prototype, 'getClientRects'),
      vi.spyOn(window, 'getComputedStyle'),
    ];
    const painter = chipPainter(doc, slots);
    painter.show(Array.from({ length: 100 }, (_, i) => chip(i)));
    runFrame();
    painter.stop();
    expect(runFrames()).toBe(0);
    expect(painted(doc)).toHaveLength(CHIPS_PER_FRAME);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
