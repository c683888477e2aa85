import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';

export interface LinesFieldProps {
  label: string;
  /** One entry per line; blank lines and surrounding spaces are dropped. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  hint?: string;
  placeholder?: string;
  errors?: readonly string[];
  rows?: number;
}

/** Splits a textarea's text into entries (lines or commas, as people paste either). */
export function parseLines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * A list of short strings (addresses, domains, labels) edited as lines of text: fast to paste
 * into, and every entry is visible. The text is kept as typed; only the parsed list goes out.
 */
export function LinesField({ label, value, onChange, hint, placeholder, errors = [], rows = 3 }: LinesFieldProps): JSX.Element {
  const id = useId();
  const [text, setText] = useState(() => value.join('\n'));
  // A value changed from outside (import, reload) replaces the text; our own echo does not.
  useEffect(() => {
    if (parseLines(text).join('\n') !== value.join('\n')) setText(value.join('\n'));
  }, [value]);
  const describedBy = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <div class="cb-field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={text}
        placeholder={placeholder}
        spellcheck={false}
        aria-describedby={describedBy || undefined}
        aria-invalid={errors.length > 0 ? true : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onChange(parseLines(e.currentTarget.value));
        }}
      />
      {hint && (
        <p id={`${id}-hint`} class="cb-hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul id={`${id}-errors`} class="cb-field__error">
          {errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
