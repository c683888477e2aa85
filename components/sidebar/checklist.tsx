import type { JSX } from 'preact';
import type { ChecklistItem } from '../../lib/model/case';
import { NoteField } from './note-field';

export interface ChecklistProps<Step extends string> {
  title: string;
  labels: Record<Step, string>;
  items: Record<Step, ChecklistItem>;
  /** Only what changed: a tick, or a note (saved when its field loses focus). */
  onChange: (step: Step, update: { done: boolean } | { note: string }) => void;
}

/** Tickable steps, each with a note ("Make a record"). */
export function Checklist<Step extends string>({ title, labels, items, onChange }: ChecklistProps<Step>): JSX.Element {
  const steps = Object.keys(labels) as Step[];
  const doneCount = steps.filter((step) => items[step]?.done).length;
  return (
    <details class="cb-checklist">
      <summary>
        {title} ({doneCount}/{steps.length})
      </summary>
      <ol>
        {steps.map((step) => {
          const item = items[step] ?? { done: false, note: '', doneAt: null };
          return (
            <li key={step}>
              <label>
                <input
                  type="checkbox"
                  checked={item.done}
                  onChange={(event) => onChange(step, { done: event.currentTarget.checked })}
                />{' '}
                {labels[step]}
              </label>
              <NoteField class="cb-note" label={`Note: ${labels[step]}`} placeholder="Note" value={item.note} onSave={(note) => onChange(step, { note })} />
            </li>
          );
        })}
      </ol>
    </details>
  );
}
