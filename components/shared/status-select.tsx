import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { CaseStatus } from '../../lib/model/case';
import { caseStatuses, statusLabel } from './status-labels';

export interface StatusSelectProps {
  value: CaseStatus;
  onChange: (status: CaseStatus) => void;
  disabled?: boolean;
  /** Accessible name and visible label; "Status" unless a page needs another word. */
  label?: string;
}

/** Case status picker; the label is tied by id so the accessible name is exactly `label`. */
export function StatusSelect({ value, onChange, disabled, label = 'Status' }: StatusSelectProps): JSX.Element {
  const id = useId();
  return (
    <div class="cb-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value as CaseStatus)}
      >
        {caseStatuses.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </select>
    </div>
  );
}
