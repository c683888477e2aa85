import type { JSX } from 'preact';
import type { RenderedTemplate } from '../../lib/model/messages';

/** The fields one template asks for; the sidebar's model holds it while they are shown. */
export interface FillInFieldsProps {
  /** The template's name, the form's accessible name. */
  name: string;
  fields: RenderedTemplate['fields'];
  /** The values in field order when Enter (or Insert) is pressed; null for Cancel. */
  onDone: (values: string[] | null) => void;
}

// One function for every render: Preact calls a ref again only when it changes, so the first
// field takes the focus once, when the form appears, and never while the user types.
const focusFirst = (form: HTMLFormElement | null): void => form?.querySelector('input')?.focus();

/**
 * The few values a template needs that Casebook does not have (a ticket number, a name), asked
 * for before the reply goes in, so it never carries a gap. The background says which fields,
 * with label, guess and pattern (lib/core/templates/fill-in.ts); the browser checks each input
 * when the form is submitted, so Enter inserts only when every field is right. What the user
 * should know first (a deadline that has passed) is in the status line below.
 */
export function FillInFields({ name, fields, onDone }: FillInFieldsProps): JSX.Element {
  return (
    <form
      ref={focusFirst}
      class="cb-section"
      aria-label={name}
      onSubmit={(event) => {
        event.preventDefault();
        onDone(Array.from(event.currentTarget.querySelectorAll('input'), (input) => input.value.trim()));
      }}
    >
      {fields.map((field) => (
        // The input is as wide as the sidebar (sidebar.css), so it sits under its label.
        <label key={field.name}>
          {field.label}
          <input defaultValue={field.guess} required pattern={field.pattern} />
        </label>
      ))}
      <button>Insert</button>{' '}
      <button type="button" onClick={() => onDone(null)}>
        Cancel
      </button>
    </form>
  );
}
