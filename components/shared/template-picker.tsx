import { Component, type JSX, type RefObject } from 'preact';
import type { ReplyTemplate } from '../../lib/model/template';

export interface TemplatePickerProps {
  templates: readonly ReplyTemplate[];
  onInsert: (template: ReplyTemplate) => void;
  /** Templates for this classifier category come first; otherwise the given order is kept. */
  preferredCategory?: string | null;
  /** Disables every insert button (e.g. while one insertion runs). */
  disabled?: boolean;
  /** Lets a keyboard shortcut focus the search box. */
  searchRef?: RefObject<HTMLInputElement | null>;
  /** Before a search, only this many (the first, i.e. the suggested ones); the rest are found by searching. */
  limit?: number;
}

/**
 * Templates searchable by name; each is one button named after the template. A class component
 * because the sidebar is injected into Gmail without preact/hooks (the build refuses them, see wxt.config.ts).
 */
export class TemplatePicker extends Component<TemplatePickerProps, { query: string }> {
  override state = { query: '' };

  override render({ templates, onInsert, preferredCategory, disabled, searchRef, limit }: TemplatePickerProps, { query }: { query: string }): JSX.Element {
    const found = pickTemplates(templates, query, preferredCategory ?? null);
    const shown = query.trim() === '' && limit !== undefined ? found.slice(0, limit) : found;
    return (
      <div class="cb-template-picker">
        <label class="cb-field">
          <span class="cb-field__label">Search templates</span>
          <input
            aria-label="Search templates"
            ref={searchRef}
            type="search"
            value={query}
            onInput={(e) => this.setState({ query: e.currentTarget.value })}
            // Enter in the search box inserts the first match: picker to reply without the mouse.
            onKeyDown={(e) => {
              if (e.key === 'Enter' && shown[0] && !disabled) onInsert(shown[0]);
              // Escape empties the search first; a second one leaves it (back to the page).
              if (e.key === 'Escape') {
                // Handled here: the sidebar's own Escape (closing the escalation preview) waits.
                if (query) {
                  e.preventDefault();
                  this.setState({ query: '' });
                } else e.currentTarget.blur();
              }
            }}
          />
        </label>
        {shown.length === 0 ? (
          <p class="cb-muted">{templates.length === 0 ? 'No templates yet.' : `No template name contains “${query}”.`}</p>
        ) : (
          <ul class="cb-template-picker__list" aria-label="Templates">
            {shown.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  class="cb-button cb-button--quiet"
                  disabled={disabled}
                  // In a host page, a mousedown would move focus (and the caret) out of the reply editor.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onInsert(template)}
                >
                  {template.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        {found.length > shown.length ? <p class="cb-muted">{found.length - shown.length} more: search by name.</p> : null}
      </div>
    );
  }
}

/** Name matches, case-insensitive, in the given order except the preferred category first. */
export function pickTemplates(templates: readonly ReplyTemplate[], query: string, preferredCategory: string | null): ReplyTemplate[] {
  const needle = query.trim().toLowerCase();
  const rank = (t: ReplyTemplate): number => (preferredCategory !== null && t.category === preferredCategory ? 0 : 1);
  return templates.filter((t) => t.name.toLowerCase().includes(needle)).sort((a, b) => rank(a) - rank(b));
}
