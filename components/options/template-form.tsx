import type { JSX } from 'preact';
import { useId, useRef } from 'preact/hooks';
import type { ReplyTemplate } from '../../lib/model/template';
import { categories, categoryLabels } from '../shared/category-labels';
import { Field } from '../shared/field';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';
import { checkTemplate, insertAt, type TemplateVariable } from './template-variables';
import { VariableCatalogue } from './variable-catalogue';

export interface TemplateFormProps {
  template: ReplyTemplate;
  /** True when the draft differs from what is saved (or was never saved). */
  dirty: boolean;
  variables: readonly TemplateVariable[];
  onEdit: (template: ReplyTemplate) => void;
  onSave: (template: ReplyTemplate) => Promise<void>;
  /** Present for built-in templates: restores the shipped text. */
  onReset?: () => Promise<void>;
  /** What the reset button says (a team template is deleted, a built-in reset). */
  resetLabel?: string;
  /** Why this template cannot be changed here (a viewer's team template), in words; null when it can. */
  readOnly?: string | null;
}

/** One template's name, category and body, with the variables it may use. */
export function TemplateForm({ template, dirty, variables, onEdit, onSave, onReset, resetLabel = 'Reset to built-in text', readOnly = null }: TemplateFormProps): JSX.Element {
  const bodyId = useId();
  const body = useRef<HTMLTextAreaElement>(null);
  const categoryId = useId();
  const save = useAction(onSave);
  const reset = useAction(async () => onReset?.());
  const check = checkTemplate(template.body, variables);
  const nameProblem = template.name.trim() === '' ? 'A template needs a name.' : null;

  const insertVariable = (name: string): void => {
    if (readOnly !== null) return;
    const area = body.current;
    const start = area?.selectionStart ?? template.body.length;
    const end = area?.selectionEnd ?? start;
    const next = insertAt(template.body, start, end, `{{${name}}}`);
    onEdit({ ...template, body: next.text });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <form
      class="cb-template-form"
      aria-label={`Edit template ${template.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!nameProblem && readOnly === null) void save.run({ ...template, name: template.name.trim() });
      }}
    >
      {readOnly && (
        <p class="cb-from-team__note" role="note">
          {readOnly}
        </p>
      )}
      <fieldset class="cb-from-team" disabled={readOnly !== null}>
        <Field label="Template name" value={template.name} onInput={(name) => onEdit({ ...template, name })} error={nameProblem} />
        <div class="cb-field">
          <label for={categoryId}>Suggested for</label>
          <select
            id={categoryId}
            value={template.category ?? ''}
            onChange={(e) => onEdit({ ...template, category: e.currentTarget.value === '' ? null : e.currentTarget.value })}
          >
            <option value="">Any conversation</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {categoryLabels[category]}
              </option>
            ))}
          </select>
        </div>
        <div class="cb-field">
          <label for={bodyId}>Template text</label>
          <textarea id={bodyId} ref={body} rows={16} class="cb-template-form__body" value={template.body} onInput={(e) => onEdit({ ...template, body: e.currentTarget.value })} />
          <p class="cb-hint">
            Plain text. Variables in double braces are filled in when the template is inserted;{' '}
            <code>{'{{#if name}}…{{else}}…{{/if}}'}</code> keeps text only when the variable has a value.
          </p>
          {variables.length > 0 && check.unknown.length > 0 && (
            <p class="cb-field__error">Not in the variable list (check the spelling): {check.unknown.join(', ')}</p>
          )}
          {check.errors.map((error) => (
            <p key={error} class="cb-field__error">
              {error}
            </p>
          ))}
        </div>
        {save.error && <ProblemList title="The template was not saved:" problems={[save.error]} />}
        {reset.error && <ProblemList title="The template was not reset:" problems={[reset.error]} />}
        <div class="cb-row">
          <button type="submit" class="cb-button cb-button--primary" disabled={save.pending || nameProblem !== null}>
            Save template
          </button>
          {onReset && (
            <button type="button" class="cb-button" disabled={reset.pending} onClick={() => void reset.run()}>
              {resetLabel}
            </button>
          )}
          <span class="cb-muted" role="status">
            {dirty ? 'Unsaved changes' : 'Saved'}
          </span>
        </div>
      </fieldset>
      <details class="cb-template-form__variables" open>
        <summary>Variables</summary>
        <VariableCatalogue variables={variables} onInsert={insertVariable} />
      </details>
    </form>
  );
}
