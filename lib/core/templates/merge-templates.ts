import type { ReplyTemplate } from '../../model/template';

// Storage keeps only what the user changed: edited copies of built-ins (same id) and custom
// templates. Shipping a better built-in text therefore reaches every user who did not edit it.

/** What the user sees: each built-in (or the user's edited copy of it), then custom templates as stored. */
export function mergeTemplates(builtIns: readonly ReplyTemplate[], stored: readonly ReplyTemplate[]): ReplyTemplate[] {
  const builtInIds = new Set(builtIns.map((template) => template.id));
  const merged = builtIns.map((builtIn) => {
    const edited = stored.find((template) => template.id === builtIn.id);
    return edited ? { ...edited, builtIn: true } : builtIn;
  });
  const custom = stored.filter((template) => !builtInIds.has(template.id)).map((template) => ({ ...template, builtIn: false }));
  return [...merged, ...custom];
}

/** True when a template is a built-in that the user has changed (offer "Reset to default"). */
export function isEditedBuiltIn(template: ReplyTemplate, builtIns: readonly ReplyTemplate[]): boolean {
  const original = builtIns.find((builtIn) => builtIn.id === template.id);
  return original !== undefined && !sameContent(original, template);
}

/**
 * The stored list after saving `edited` at time `now`. An edit that brings a built-in back to
 * its shipped text removes the override instead of storing a copy.
 */
export function saveTemplate(
  stored: readonly ReplyTemplate[],
  edited: ReplyTemplate,
  builtIns: readonly ReplyTemplate[],
  now: number,
): ReplyTemplate[] {
  const original = builtIns.find((builtIn) => builtIn.id === edited.id);
  const rest = stored.filter((template) => template.id !== edited.id);
  if (original && sameContent(original, edited)) return rest;
  const saved = { ...edited, builtIn: original !== undefined, updatedAt: now };
  const position = stored.findIndex((template) => template.id === edited.id);
  if (position < 0) return [...stored, saved];
  return stored.map((template, index) => (index === position ? saved : template));
}

/** The stored list without `id`: resets a built-in to its shipped text, deletes a custom template. */
export function withoutTemplate(stored: readonly ReplyTemplate[], id: string): ReplyTemplate[] {
  return stored.filter((template) => template.id !== id);
}

function sameContent(a: ReplyTemplate, b: ReplyTemplate): boolean {
  return a.name === b.name && a.body === b.body && a.category === b.category;
}
