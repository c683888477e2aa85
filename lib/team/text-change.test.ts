import { describe, expect, it } from 'vitest';
import { rebaseTextChange, textChange, type TextChange } from './text-change';

const apply = (text: string, change: TextChange | null): string =>
  change === null ? text : text.slice(0, change.index) + change.insert + text.slice(change.index + change.remove);

describe('textChange', () => {
  it.each([
    ['Customer on 4.2', 'Customer on 4.2', null],
    ['', 'Asked for the server log', { index: 0, remove: 0, insert: 'Asked for the server log' }],
    ['Customer on 4.2', 'Customer on 4.2.1', { index: 15, remove: 0, insert: '.1' }],
    ['Customer on 4.2, Linux', 'Customer on 4.1, Linux', { index: 14, remove: 1, insert: '1' }],
    ['Log attached', '', { index: 0, remove: 12, insert: '' }],
    ['aaa', 'aaaa', { index: 3, remove: 0, insert: 'a' }],
    ['📎 log', '📁 log', { index: 0, remove: 2, insert: '📁' }],
  ])('%j → %j', (before, after, change) => {
    expect(textChange(before, after)).toEqual(change);
    expect(apply(before, textChange(before, after))).toBe(after);
  });
});

describe('rebaseTextChange', () => {
  it.each([
    ['nobody else edited', 'Server 4.2', 'Server 4.2.1', 'Server 4.2', 'Server 4.2.1'],
    ['a colleague added a line below', 'Server 4.2', 'Server 4.2.1', 'Server 4.2\nLog requested', 'Server 4.2.1\nLog requested'],
    ['a colleague added a line above', 'Server 4.2', 'Server 4.2.1', 'Called Dana.\nServer 4.2', 'Called Dana.\nServer 4.2.1'],
    ['both replaced the same word', 'Server 4.2 on Linux', 'Server 4.1 on Linux', 'Server 4.3 on Linux', 'Server 4.31 on Linux'],
    ['the colleague rewrote everything', 'Server 4.2', 'Server 4.2, passive mode', 'Different text', 'Different text, passive mode'],
    ['both context and span changed', 'Server 4.2 on Linux', 'Server 4.1 on Linux', 'Host: 4.3 on BSD', 'Host: 4.3 on BSD\n1'],
    ['the writer cleared the note, a colleague added to it', 'Old note', '', 'Old note, edited', ', edited'],
    ['the writer cleared the note, a colleague rewrote it', 'Old note', '', 'New note', 'New note'],
  ])('%s: nothing is lost', (_name, base, next, current, expected) => {
    expect(apply(current, rebaseTextChange(base, next, current))).toBe(expected);
  });
});
