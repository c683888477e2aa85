import type { JSX } from 'preact';
import type { TracSettings } from '../../lib/model/settings';
import { Field } from '../shared/field';
import { CustomFieldsEditor } from './custom-fields-editor';
import { problemAt, problemsAt } from './field-problems';
import { Section } from './section';
import type { SettingsSectionProps } from './settings-section-props';

/** Where escalations go and how the New Ticket form is prefilled. */
export function TracSection({ settings, onChange, problems }: SettingsSectionProps): JSX.Element {
  const trac = settings.trac;
  const set = (patch: Partial<TracSettings>): void => onChange({ trac: { ...trac, ...patch } });
  const text = (label: string, key: Exclude<keyof TracSettings, 'customFields'>, hint?: JSX.Element | string): JSX.Element => (
    <Field label={label} value={trac[key]} onInput={(value) => set({ [key]: value })} hint={hint} error={problemAt(problems, `trac.${key}`)} spellcheck={false} />
  );
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
