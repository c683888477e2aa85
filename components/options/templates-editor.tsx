import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ReplyTemplate } from '../../lib/model/template';
import { ProblemList } from '../shared/problem-list';
import { Section } from './section';
import { TemplateForm } from './template-form';
import type { TemplateVariable } from './template-variables';

export interface TemplatesEditorProps {
  /** Saved templates, built-in and custom; null while loading. */
  templates: readonly ReplyTemplate[] | null;
  loadProblem: string | null;
  variables: readonly TemplateVariable[];
  /** A fresh, unsaved custom template (id "custom:<uuid>"). */
  newTemplate: () => ReplyTemplate;
  /** `base`: the saved template as its edit began (a colleague's change meanwhile is kept, for team templates). */
  onSave: (template: ReplyTemplate, base?: ReplyTemplate) => Promise<void>;
  onReset: (id: string) => Promise<void>;
  /** In a team: a fresh, unsaved team template (id "team:<uuid>"), shared with every member once saved. */
  newTeamTemplate?: (() => ReplyTemplate) | null;
  /** Why this member may not change the team's templates (a viewer), in words; null when they may. */
  teamReadOnly?: string | null;
}

const isTeamTemplate = (template: ReplyTemplate): boolean => template.id.startsWith('team:');

/**
 * The reply templates, each edited in place. Edits are kept per template until saved, so
 * moving to another template never throws work away.
 */
export function TemplatesEditor({ templates, loadProblem, variables, newTemplate, onSave, onReset, newTeamTemplate = null, teamReadOnly = null }: TemplatesEditorProps): JSX.Element {
  const [drafts, setDrafts] = useState<Record<string, ReplyTemplate>>({});
  // The saved template each draft started from: the list follows colleagues' saves while a draft is typed.
  const [bases, setBases] = useState<Record<string, ReplyTemplate>>({});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const saved = templates ?? [];
  const unsavedNew = Object.values(drafts).filter((draft) => !saved.some((t) => t.id === draft.id));
  const all = [...saved, ...unsavedNew];
  const selected = all.find((t) => t.id === selectedId) ?? all[0] ?? null;
  const current = selected ? (drafts[selected.id] ?? selected) : null;
  const dropDraft = (id: string): void => {
    setDrafts(({ [id]: _dropped, ...rest }) => rest);
    setBases(({ [id]: _dropped, ...rest }) => rest);
  };
  const edit = (edited: ReplyTemplate): void => {
    const savedOne = saved.find((t) => t.id === edited.id);
    if (savedOne) setBases((b) => (edited.id in b ? b : { ...b, [edited.id]: savedOne }));
    setDrafts((d) => ({ ...d, [edited.id]: edited }));
  };
  const readOnly = current && isTeamTemplate(current) ? teamReadOnly : null;

  const create = (make: () => ReplyTemplate): void => {
    const fresh = make();
    setDrafts((d) => ({ ...d, [fresh.id]: fresh }));
    setSelectedId(fresh.id);
  };

  return (
    <Section id="templates" title="Reply templates" intro="Built-in templates can be edited and reset; your own templates sit beside them. Each template is saved on its own.">
      {loadProblem && <ProblemList title="The templates could not be loaded:" problems={[loadProblem]} />}
      {templates === null && !loadProblem && <p class="cb-muted">Loading templates…</p>}
      <div class="cb-templates">
        <div class="cb-templates__list">
          <ul aria-label="Templates">
            {all.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  class="cb-button cb-button--quiet"
                  aria-pressed={template.id === current?.id}
                  onClick={() => setSelectedId(template.id)}
                >
                  {(drafts[template.id] ?? template).name || '(no name)'}
                  {drafts[template.id] && <span class="cb-muted"> — unsaved</span>}
                  {template.builtIn && <span class="cb-muted"> (built-in)</span>}
                  {isTeamTemplate(template) && <span class="cb-muted"> (team)</span>}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="cb-button" onClick={() => create(newTemplate)}>
            New template
          </button>
          {newTeamTemplate && (
            <button type="button" class="cb-button" onClick={() => create(newTeamTemplate)}>
              New team template
            </button>
          )}
        </div>
        {current && (
          <TemplateForm
            key={current.id}
            template={current}
            dirty={drafts[current.id] !== undefined}
            variables={variables}
            onEdit={edit}
            onSave={async (template) => {
              const base = bases[template.id];
              await (base === undefined ? onSave(template) : onSave(template, base));
              dropDraft(template.id);
            }}
            readOnly={readOnly}
            resetLabel={isTeamTemplate(current) ? 'Delete for the whole team' : 'Reset to built-in text'}
            onReset={
              (current.builtIn || isTeamTemplate(current)) && readOnly === null
                ? async () => {
                    await onReset(current.id);
                    dropDraft(current.id);
                  }
                : undefined
            }
          />
        )}
      </div>
    </Section>
  );
}
