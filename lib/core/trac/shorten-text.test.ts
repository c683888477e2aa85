import { describe, expect, it } from 'vitest';
import { keepHead, keepHeadAndTailLines } from './shorten-text';

describe('keepHead', () => {
  it.each([
    ['short text is kept', 'Upload fails.', 50, 'Upload fails.'],
    ['cut at a space near the end', 'Since we upgraded to FTPGate Server 4.2 last Friday', 30, 'Since we upgraded to FTPGate…'],
    ['cut at the last break near the end', 'Hello team,\nSince we upgraded to 4.2 every upload fails', 22, 'Hello team,\nSince we…'],
    ['no space nearby: hard cut', 'x'.repeat(40), 10, `${'x'.repeat(9)}…`],
    ['never splits an emoji', `${'a'.repeat(8)}🚀🚀`, 10, `${'a'.repeat(8)}…`],
  ])('%s', (_title, text, max, expected) => {
    const kept = keepHead(text, max);
    expect(kept).toBe(expected);
    expect(kept.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : max));
    expect(kept).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('keepHeadAndTailLines', () => {
  const log = Array.from({ length: 100 }, (_, index) => `2025-01-06 09:41:${String(index % 60).padStart(2, '0')} line ${index}`).join('\n');

  it('keeps first and last lines and says how many were left out', () => {
    const kept = keepHeadAndTailLines(log, 400);
    const lines = kept.split('\n');
    expect(lines[0]).toContain('line 0');
    expect(lines[lines.length - 1]).toContain('line 99');
    const marker = lines.find((line) => line.startsWith('[…'));
    const left = Number(/(\d+) lines left out/.exec(marker ?? '')?.[1]);
    expect(left + lines.length - 1).toBe(100);
    expect(kept.length).toBeLessThanOrEqual(400);
  });

  it('keeps a log that fits', () => {
    expect(keepHeadAndTailLines('a\nb', 10)).toBe('a\nb');
  });

  it('falls back to a head cut for one giant line', () => {
    expect(keepHeadAndTailLines('y'.repeat(1000), 50)).toBe(`${'y'.repeat(49)}…`);
  });
});
