import type { JSX, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { ReplyTemplate } from '../../lib/model/template';

export interface TemplatePickerProps {
  /** Already ordered: templates suiting the thread's category first. */
  templates: ReplyTemplate[];
  onInsert: (template: ReplyTemplate) => void;
  /** Result of the last insertion, announced to screen readers. */
  status: string;
  searchRef?: RefObject<HTMLInputElement>;
}

/** Searchable list of reply templates; one click (or Enter) inserts at the reply's caret. */
export function TemplatePicker({ templates, onInsert, status, searchRef }: TemplatePickerProps): JSX.Element {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = needle ? templates.filter((t) => t.name.toLowerCase().includes(needle)) : templates;
  return (
    <section class="cb-section" aria-label="Reply templates">
      <h3>Reply templates</h3>
      <input
        ref={searchRef}
        type="search"
        aria-label="Search templates"
        placeholder="Search templates"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && shown[0]) onInsert(shown[0]);
        }}
      />
      <ul class="cb-templates">
        {shown.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              aria-label={`Insert template: ${template.name}`}
              // Keep the reply editor's selection: a mousedown on a button would move focus.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onInsert(template)}
            >
              {template.name}
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p class="cb-muted">No template matches “{query}”.</p> : null}
      <p class="cb-muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
