import * as Y from 'yjs';
import type { ClassifierCorrection } from '../model/classification';
import { SharedCorrection, TEAM_DOCUMENT_ROOT, TEAM_SETTING_KEYS, TEAM_TEMPLATE_ID, TeamSettings, TeamTemplate, type TeamSettingKey } from '../model/team-documents';
import type { ReplyTemplate } from '../model/template';
import { rebaseTextChange, textChange } from './text-change';

// The team's templates, settings and learning as Yjs documents (shapes: lib/model/team-documents.ts,
// which the team server checks too). Everything read from them goes through those schemas: an
// entry that does not fit is left out, the others still count.

/** The team's settings, section by section; a section that does not fit is left out. */
export function readTeamSettings(doc: Y.Doc): TeamSettings {
  const map = doc.getMap<unknown>(TEAM_DOCUMENT_ROOT.settings);
  const settings: Record<string, unknown> = {};
  for (const key of TEAM_SETTING_KEYS) {
    if (!map.has(key)) continue;
    const parsed = TeamSettings.safeParse({ [key]: map.get(key) });
    if (parsed.success && parsed.data[key] !== undefined) settings[key] = parsed.data[key];
  }
  return settings as TeamSettings;
}

/** Sets (or, with undefined, removes) whole sections; the admin's change, as one transaction. */
export function writeTeamSettings(doc: Y.Doc, sections: Partial<Record<TeamSettingKey, unknown>>, origin: unknown): void {
  const parsed = TeamSettings.parse(Object.fromEntries(Object.entries(sections).filter(([, value]) => value !== undefined)));
  const map = doc.getMap<unknown>(TEAM_DOCUMENT_ROOT.settings);
  doc.transact(() => {
    for (const key of Object.keys(sections) as TeamSettingKey[]) {
      const value = parsed[key];
      if (value === undefined) map.delete(key);
      else if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
    }
  }, origin);
}

/** A team template as an editor opened it (what a save compares its edit with). */
export type TemplateBase = Pick<TeamTemplate, 'name' | 'body' | 'category'>;

/** A team template as the picker and the options list show it, with who changed it last. */
export type SharedTemplate = ReplyTemplate & { updatedBy: string };

export function readTeamTemplates(doc: Y.Doc): SharedTemplate[] {
  const map = doc.getMap<unknown>(TEAM_DOCUMENT_ROOT.templates);
  const templates: SharedTemplate[] = [];
  for (const [id, value] of map.entries()) {
    if (!TEAM_TEMPLATE_ID.test(id) || !(value instanceof Y.Map)) continue;
    const parsed = TeamTemplate.safeParse(value.toJSON());
    if (parsed.success) templates.push({ id, builtIn: false, ...parsed.data });
  }
  return templates.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * Saves a team template. The body is a Y.Text changed only where this edit changed it
 * (text-change.ts), so a colleague's concurrent edit elsewhere in the same template survives.
 * `base` is the template as the editor opened it: a colleague's change that arrived while this
 * one was being typed is then kept too (the body's by rebaseTextChange; a name or category this
 * edit left alone stays the colleague's), not undone by the save.
 */
export function writeTeamTemplate(doc: Y.Doc, id: string, fields: { name: string; body: string; category: string | null; updatedAt: number; updatedBy: string }, origin: unknown, base?: TemplateBase): void {
  if (!TEAM_TEMPLATE_ID.test(id)) throw new Error(`not a team template id: ${id}`);
  const checked = TeamTemplate.parse(fields);
  const map = doc.getMap<unknown>(TEAM_DOCUMENT_ROOT.templates);
  doc.transact(() => {
    const entry = map.get(id);
    if (!(entry instanceof Y.Map) || !(entry.get('body') instanceof Y.Text)) {
      const fresh = new Y.Map<unknown>();
      const body = new Y.Text();
      body.insert(0, checked.body);
      fresh.set('body', body);
      for (const key of ['name', 'category', 'updatedAt', 'updatedBy'] as const) fresh.set(key, checked[key]);
      map.set(id, fresh);
      return;
    }
    const body = entry.get('body') as Y.Text;
    const current = body.toString();
    const change = base === undefined ? textChange(current, checked.body) : rebaseTextChange(base.body, checked.body, current);
    if (change) {
      if (change.remove > 0) body.delete(change.index, change.remove);
      if (change.insert) body.insert(change.index, change.insert);
    }
    for (const key of ['name', 'category', 'updatedAt', 'updatedBy'] as const) {
      const untouched = base !== undefined && (key === 'name' || key === 'category') && base[key] === checked[key];
      if (!untouched && entry.get(key) !== checked[key]) entry.set(key, checked[key]);
    }
  }, origin);
}

export function deleteTeamTemplate(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => doc.getMap(TEAM_DOCUMENT_ROOT.templates).delete(id), origin);
}

/** Every member's shared corrections, oldest first (the order the classifier replays them in). */
export function readSharedCorrections(doc: Y.Doc): ClassifierCorrection[] {
  const map = doc.getMap<unknown>(TEAM_DOCUMENT_ROOT.learning);
  const corrections: ClassifierCorrection[] = [];
  for (const [id, value] of map.entries()) {
    const parsed = SharedCorrection.safeParse(value);
    if (parsed.success) corrections.push({ id, caseId: null, ...parsed.data });
  }
  return corrections.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/** Shares one correction: its hashed features only (no case, no text). */
export function shareCorrection(doc: Y.Doc, correction: ClassifierCorrection, origin: unknown): void {
  const shared = SharedCorrection.parse({ at: correction.at, from: correction.from, to: correction.to, features: correction.features });
  doc.transact(() => doc.getMap(TEAM_DOCUMENT_ROOT.learning).set(correction.id, shared), origin);
}
