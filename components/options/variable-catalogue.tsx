import type { JSX } from 'preact';
import type { TemplateVariable } from './template-variables';

export interface VariableCatalogueProps {
  variables: readonly TemplateVariable[];
  /** Puts `{{name}}` at the caret of the template body. */
  onInsert: (name: string) => void;
}

/** Every variable a template may use, what it becomes, and a button to insert it. */
export function VariableCatalogue({ variables, onInsert }: VariableCatalogueProps): JSX.Element {
  if (variables.length === 0) return <p class="cb-muted">The variable list is not available.</p>;
  return (
    <dl class="cb-variables">
      {variables.map((variable) => (
        <div key={variable.name} class="cb-variables__item">
          <dt>
            <button type="button" class="cb-button cb-button--quiet" onClick={() => onInsert(variable.name)} aria-label={`Insert {{${variable.name}}}`}>
              <code>{`{{${variable.name}}}`}</code>
            </button>
          </dt>
          <dd>
            {variable.description}
            {variable.example && <span class="cb-variables__example">e.g. {variable.example.split('\n')[0]}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
