import type { JSX } from 'preact';
import { Field } from '../shared/field';
import { problemAt, problemsAt } from './field-problems';
import { LinesField } from './lines-field';
import { Section } from './section';
import type { SettingsSectionProps } from './settings-section-props';

export function IdentitySection({ settings, onChange, problems }: SettingsSectionProps): JSX.Element {
  const { identity } = settings;
  return (
    <Section id="identity" title="Identity" intro="Who you are: your messages count as staff replies, and “Mine” lists the cases you own.">
      <Field
        label="Your name"
        value={identity.name}
        onInput={(name) => onChange({ identity: { ...identity, name } })}
        error={problemAt(problems, 'identity.name')}
        autoComplete="name"
      />
      <LinesField
        label="Your email addresses"
        value={identity.emails}
        onChange={(emails) => onChange({ identity: { ...identity, emails } })}
        hint="One per line. The first is the one cases are assigned to."
        placeholder="you@example.com"
        errors={problemsAt(problems, 'identity.emails')}
      />
    </Section>
  );
}
