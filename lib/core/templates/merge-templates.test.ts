import { describe, expect, it } from 'vitest';
import type { ReplyTemplate } from '../../model/template';
import { isEditedBuiltIn, mergeTemplates, saveTemplate, withoutTemplate } from './merge-templates';

const builtIn = (id: string, body: string): ReplyTemplate => ({ id, name: id, body, category: 'defect', builtIn: true, updatedAt: 0 });
const BUILT_INS = [builtIn('installation-details', 'Shipped text A'), builtIn('acknowledgement', 'Shipped text B')];
const edit = (template: ReplyTemplate, body: string): ReplyTemplate => ({ ...template, body });
const [DETAILS, ACK] = BUILT_INS as [ReplyTemplate, ReplyTemplate];
const CUSTOM: ReplyTemplate = { id: 'custom:7f1c', name: 'Licence key resend', body: 'Here it is', category: null, builtIn: false, updatedAt: 5 };

describe('mergeTemplates', () => {
  it.each<[string, ReplyTemplate[], string[]]>([
    ['nothing stored: the built-ins', [], ['Shipped text A', 'Shipped text B']],
    ['an edited built-in replaces the shipped one in place', [edit(ACK, 'My text B')], ['Shipped text A', 'My text B']],
    ['custom templates come after the built-ins', [CUSTOM, edit(DETAILS, 'My text A')], ['My text A', 'Shipped text B', 'Here it is']],
  ])('%s', (_title, stored, bodies) => {
    expect(mergeTemplates(BUILT_INS, stored).map((template) => template.body)).toEqual(bodies);
  });

  it('marks built-ins and custom templates whatever storage says', () => {
    const merged = mergeTemplates(BUILT_INS, [{ ...edit(ACK, 'x'), builtIn: false }, { ...CUSTOM, builtIn: true }]);
    expect(merged.map((template) => template.builtIn)).toEqual([true, true, false]);
  });
});

describe('saveTemplate and withoutTemplate', () => {
  it('stores an edited built-in with the time of the edit', () => {
    const stored = saveTemplate([], edit(DETAILS, 'Mine'), BUILT_INS, 1_736_000_000_000);
    expect(stored).toEqual([{ ...DETAILS, body: 'Mine', updatedAt: 1_736_000_000_000 }]);
    expect(isEditedBuiltIn(mergeTemplates(BUILT_INS, stored)[0] as ReplyTemplate, BUILT_INS)).toBe(true);
  });

  it('drops the override when an edit restores the shipped text', () => {
    const stored = saveTemplate([edit(DETAILS, 'Mine'), CUSTOM], edit(DETAILS, 'Shipped text A'), BUILT_INS, 2);
    expect(stored).toEqual([CUSTOM]);
  });

  it('replaces a custom template in place', () => {
    const other = { ...CUSTOM, id: 'custom:9', name: 'Other' };
    const stored = saveTemplate([CUSTOM, other], edit(CUSTOM, 'New key text'), BUILT_INS, 3);
    expect(stored.map((template) => [template.id, template.body, template.updatedAt])).toEqual([
      ['custom:7f1c', 'New key text', 3],
      ['custom:9', 'Here it is', 5],
    ]);
  });

  it('resets a built-in and deletes a custom template', () => {
    const stored = [edit(ACK, 'Mine'), CUSTOM];
    expect(mergeTemplates(BUILT_INS, withoutTemplate(stored, 'acknowledgement'))[1]?.body).toBe('Shipped text B');
    expect(withoutTemplate(stored, 'custom:7f1c')).toEqual([edit(ACK, 'Mine')]);
  });

  it('does not call an untouched built-in edited', () => {
    expect(isEditedBuiltIn(DETAILS, BUILT_INS)).toBe(false);
    expect(isEditedBuiltIn(CUSTOM, BUILT_INS)).toBe(false);
  });
});
