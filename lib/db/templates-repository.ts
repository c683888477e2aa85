import { ReplyTemplate } from '../model/template';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import { mergeTemplates, saveTemplate as withSaved } from '../core/templates/merge-templates';
import type { CasebookDb } from './database';
import { parseRows } from './read-rows';

/** Only what the user changed is stored: edited built-ins (same id) and custom templates. */
export async function storedTemplates(db: CasebookDb): Promise<ReplyTemplate[]> {
  return parseRows(ReplyTemplate, 'templates', await db.templates.toArray()).rows;
}

/** What the picker and the options page show: built-ins (or the user's edit of them), then custom ones. */
export async function listTemplates(db: CasebookDb): Promise<ReplyTemplate[]> {
  return mergeTemplates(BUILT_IN_TEMPLATES, await storedTemplates(db));
}

/** Saves an edit made at `template.updatedAt`; editing a built-in back to its text drops the copy. */
export function saveTemplate(db: CasebookDb, template: ReplyTemplate): Promise<void> {
  return db.transaction('rw', db.templates, async () => {
    const next = withSaved(await storedTemplates(db), template, BUILT_IN_TEMPLATES, template.updatedAt);
    await db.templates.clear();
    await db.templates.bulkPut(next);
  });
}

/** Resets a built-in to its shipped text, or deletes a custom template. */
export async function resetTemplate(db: CasebookDb, id: string): Promise<void> {
  await db.templates.delete(id);
}
