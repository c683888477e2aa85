import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Field } from '../shared/field';

export interface CustomFieldsEditorProps {
  /** Trac custom field name -> value template. */
  value: Readonly<Record<string, string>>;
  onChange: (value: Record<string, string>) => void;
  errors: readonly string[];
}

interface Row {
  name: string;
  value: string;
}

const toRows = (record: Readonly<Record<string, string>>): Row[] => Object.entries(record).map(([name, value]) => ({ name, value }));

/** Rows with a name become the record; a half-typed row (no name yet) stays on screen only. */
export function rowsToRecord(rows: readonly Row[]): Record<string, string> {
  return Object.fromEntries(rows.filter((row) => row.name.trim() !== '').map((row) => [row.name.trim(), row.value]));
}

/** Name → value-template pairs, e.g. customer → {{customer.organisation}}. */
export function CustomFieldsEditor({ value, onChange, errors }: CustomFieldsEditorProps): JSX.Element {
  const [rows, setRows] = useState<Row[]>(() => toRows(value));
  // A record changed from outside (import, reload) replaces the rows.
  useEffect(() => {
    if (JSON.stringify(rowsToRecord(rows)) !== JSON.stringify(value)) setRows(toRows(value));
  }, [value]);
  const update = (next: Row[]): void => {
    setRows(next);
    onChange(rowsToRecord(next));
  };
  const names = rows.map((row) => row.name.trim());
  return (
    <fieldset class="cb-fieldset">
      <legend>Custom fields</legend>
      <p class="cb-hint">
        Ticket fields your Trac adds (trac.ini [ticket-custom]). The value may use template variables, e.g. customer →{' '}
        <code>{'{{customer.organisation}}'}</code>.
      </p>
      <ul class="cb-custom-fields">
        {rows.map((row, index) => (
          <li key={index} class="cb-row cb-row--end">
            <Field
              label={`Field ${index + 1} name`}
              value={row.name}
              onInput={(name) => update(rows.map((r, i) => (i === index ? { ...r, name } : r)))}
              error={row.name.trim() !== '' && names.indexOf(row.name.trim()) !== index ? 'This name is already used above.' : null}
              spellcheck={false}
            />
            <Field
              label={`Field ${index + 1} value`}
              value={row.value}
              onInput={(text) => update(rows.map((r, i) => (i === index ? { ...r, value: text } : r)))}
              spellcheck={false}
            />
            <button type="button" class="cb-button" aria-label={`Remove field ${row.name || index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="cb-button" onClick={() => setRows([...rows, { name: '', value: '' }])}>
        Add custom field
      </button>
      {errors.length > 0 && (
        <ul class="cb-field__error">
          {errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
