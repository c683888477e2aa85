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
  onSave: (template: ReplyTemplate) => Promise<void>;
  onReset: (id: string) => Promise<void>;
  /** In a team: a fresh, unsaved team template (id "team:<uuid>"), shared with every member once saved. */
  newTeamTemplate?: (() => ReplyTemplate) | null;
}

const isTeamTemplate = (template: ReplyTemplate): boolean => template.id.startsWith('team:');

/**
 * The reply templates, each edited in place. Edits are kept per template until saved, so
 * moving to another template never throws work away.
 */
export function TemplatesEditor({ templates, loadProblem, variables, newTemplate, onSave, onReset, newTeamTemplate = null }: TemplatesEditorProps): JSX.Element {
  const [drafts, setDrafts] = useState<Record<string, ReplyTemplate>>({});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const saved = templates ?? [];
  const unsavedNew = Object.values(drafts).filter((draft) => !saved.some((t) => t.id === draft.id));
  const all = [...saved, ...unsavedNew];
  const selected = all.find((t) => t.id === selectedId) ?? all[0] ?? null;
  const current = selected ? (drafts[selected.id] ?? selected) : null;
  const dropDraft = (id: string): void => setDrafts(({ [id]: _dropped, ...rest }) => rest);

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
            onEdit={(edited) => setDrafts((d) => ({ ...d, [edited.id]: edited }))}
            onSave={async (template) => {
              await onSave(template);
              dropDraft(template.id);
            }}
            resetLabel={isTeamTemplate(current) ? 'Delete for the whole team' : 'Reset to built-in text'}
            onReset={
              current.builtIn || isTeamTemplate(current)
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
