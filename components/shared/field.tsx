import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldProps {
  /** The visible label, which is also the control's accessible name. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'url' | 'time' | 'date' | 'search';
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  hint?: ComponentChildren;
  /** Shown under the control and announced with it. */
  error?: string | null;
  placeholder?: string;
  required?: boolean;
  autoComplete?: string;
  spellcheck?: boolean;
}

/** A labelled text control with its hint and error tied to it (aria-describedby). */
export function Field(props: FieldProps): JSX.Element {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    required: props.required,
    spellcheck: props.spellcheck,
    'aria-describedby': describedBy,
    'aria-invalid': props.error ? true : undefined,
  };
  return (
    <div class="cb-field">
      <label for={id}>{props.label}</label>
      {props.rows ? (
        <textarea {...common} rows={props.rows} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : (
        <input
          {...common}
          // Preact 11 types <input> per `type` and cannot check a union of them; all are textual.
          type={(props.type ?? 'text') as 'text'}
          autoComplete={props.autoComplete}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      )}
      {props.hint && (
        <p id={hintId} class="cb-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} class="cb-field__error">
          {props.error}
        </p>
      )}
    </div>
  );
}
