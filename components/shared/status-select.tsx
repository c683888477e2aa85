import type { JSX } from 'preact';
import type { CaseStatus } from '../../lib/model/case';
import { caseStatuses, statusLabel } from './status-labels';

export interface StatusSelectProps {
  value: CaseStatus;
  onChange: (status: CaseStatus) => void;
  disabled?: boolean;
  /** Accessible name and visible label; "Status" unless a page needs another word. */
  label?: string;
}

/**
 * Case status picker. The visible label wraps the select and `aria-label` repeats it, so the
 * accessible name is exactly `label` with no generated id (no hooks: the sidebar injects this).
 */
export function StatusSelect({ value, onChange, disabled, label = 'Status' }: StatusSelectProps): JSX.Element {
  return (
    <label class="cb-field">
      <span class="cb-field__label">{label}</span>
      <select
        aria-label={label}
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
    </label>
  );
}
