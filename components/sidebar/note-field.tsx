import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NoteFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  class?: string;
}

/**
 * A text field whose typing is kept locally and saved when the field loses focus: the sidebar
 * re-renders often (a ticking deadline, the page changing), and a field bound straight to the
 * stored value would throw away what is being typed. Outside changes show when not editing.
 */
export function NoteField({ label, value, onSave, multiline = false, placeholder, class: className }: NoteFieldProps): JSX.Element {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const common = {
    'aria-label': label,
    class: className,
    placeholder,
    value: draft,
    onFocus: () => (editing.current = true),
    onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.currentTarget.value),
    onBlur: () => {
      editing.current = false;
      if (draft !== value) onSave(draft);
    },
  };
  return multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
}
