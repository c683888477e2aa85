import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { describeMissingValue } from '../../lib/core/trac/check-ticket-values';
import type { TracSettings } from '../../lib/model/settings';
import type { TracChoicesAnswer } from '../../lib/model/trac-form';
import { Field } from '../shared/field';
import { useAction } from '../shared/use-action';
import { CustomFieldsEditor } from './custom-fields-editor';
import { problemAt, problemsAt } from './field-problems';
import { Section } from './section';
import type { SettingsSectionProps } from './settings-section-props';

type TracTextKey = Exclude<keyof TracSettings, 'customFields'>;

export interface TracSectionProps extends SettingsSectionProps {
  /** Reads Trac's own choices (its New Ticket form) through the background; absent in tests that do not need it. */
  onReadChoices?: ((baseUrl: string, refresh: boolean) => Promise<TracChoicesAnswer>) | undefined;
}

/**
 * Where escalations go and how the New Ticket form is prefilled. Once Casebook may read the
 * Trac site, its select fields are offered as Trac's own options, so a value Trac does not have
 * (which Trac would silently swap for its first option) is shown as such, in words.
 */
export function TracSection({ settings, onChange, problems, onReadChoices }: TracSectionProps): JSX.Element {
  const trac = settings.trac;
  const set = (patch: Partial<TracSettings>): void => onChange({ trac: { ...trac, ...patch } });
  const [answer, setAnswer] = useState<TracChoicesAnswer | null>(null);
  const read = useAction(async (refresh: boolean) => {
    if (onReadChoices && trac.baseUrl.trim() !== '') setAnswer(await onReadChoices(trac.baseUrl, refresh));
  });
  // The saved address's choices as Casebook last read them (or reads them now, with permission).
  useEffect(() => void read.run(false), []);
  const text = (label: string, key: TracTextKey, hint?: JSX.Element | string): JSX.Element => {
    const choices = answer?.read?.fields.find((f) => f.name === key);
    if (choices) return <ChoiceField label={label} value={trac[key]} options={choices.options} onInput={(value) => set({ [key]: value })} problem={trac[key].trim() === '' || choices.options.includes(trac[key].trim()) ? null : describeMissingValue(choices, trac[key].trim())} />;
    return <Field label={label} value={trac[key]} onInput={(value) => set({ [key]: value })} hint={hint} error={problemAt(problems, `trac.${key}`)} spellcheck={false} />;
  };
  return (
    <Section
      id="trac"
      title="Trac"
      intro="“Escalate to Trac” opens your Trac's New Ticket form in a new tab, filled in; you check it and press “Create ticket”."
    >
      <Field
        label="Trac base URL"
        type="url"
        value={trac.baseUrl}
        onInput={(baseUrl) => set({ baseUrl })}
        placeholder="https://trac.example.com/project"
        hint="The address of the project's front page, without /newticket. On save, your browser asks whether Casebook may read this site (to show ticket statuses)."
        error={problemAt(problems, 'trac.baseUrl')}
        spellcheck={false}
      />
      <p class="cb-hint">
        Each value below must match an option of your Trac site exactly, capitals included. Trac does not
        reject an unknown value: the form silently picks its first option instead.
      </p>
      {onReadChoices && trac.baseUrl.trim() !== '' && (
        <p class="cb-hint" role="status">
          {answer?.read ? `Choices as read from Trac's New Ticket form${answer.read.cut ? ' (some left out: the page was over Casebook\'s limits)' : ''}. ` : ''}
          {answer?.problem ?? read.error ?? ''}{' '}
          <button type="button" class="cb-button" disabled={read.pending} onClick={() => void read.run(true)}>
            {answer?.read ? "Read Trac's choices again" : "Read Trac's choices"}
          </button>
        </p>
      )}
      <div class="cb-grid-2">
        {text('Type', 'type', 'Default Trac: defect, enhancement, task.')}
        {text(
          'Priority',
          'priority',
          'Default Trac: blocker, critical, major, minor, trivial. It has no “High”: for the process\'s high priority pick e.g. “critical” or “major”.',
        )}
        {text('Component', 'component', 'Leave empty for Trac\'s default.')}
        {text('Keywords', 'keywords')}
        {text('Milestone', 'milestone')}
        {text('Version', 'version')}
      </div>
      <CustomFieldsEditor value={trac.customFields} onChange={(customFields) => set({ customFields })} errors={problemsAt(problems, 'trac.customFields')} />
    </Section>
  );
}

/** A select of Trac's own options ("" = Trac's default); a stored value Trac lacks stays visible, marked. */
function ChoiceField({ label, value, options, onInput, problem }: { label: string; value: string; options: readonly string[]; onInput: (value: string) => void; problem: string | null }): JSX.Element {
  const id = useId();
  const current = value.trim();
  return (
    <div class="cb-field">
      <label for={id}>{label}</label>
      <select id={id} value={current} onChange={(e) => onInput(e.currentTarget.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined}>
        <option value="">(Trac's default)</option>
        {problem && <option value={current}>{current} — not in Trac</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      {problem && (
        <p id={`${id}-problem`} class="cb-field__error">
          {problem}
        </p>
      )}
    </div>
  );
}
