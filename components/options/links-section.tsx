import type { JSX } from 'preact';
import type { ProcessLinks } from '../../lib/model/settings';
import { Field } from '../shared/field';
import { problemAt } from './field-problems';
import { Section } from './section';
import type { SettingsSectionProps } from './settings-section-props';

const LINKS: readonly { key: keyof ProcessLinks; label: string; hint: string }[] = [
  { key: 'roadmap', label: 'Roadmap', hint: 'Offered with feature requests.' },
  { key: 'supportOptions', label: 'Support options', hint: 'Offered with licensing and support-contract questions.' },
  { key: 'lifeCycle', label: 'Product life cycle', hint: 'Which versions are still supported.' },
  { key: 'screenShare', label: 'Screen share', hint: 'The link in the screen-share invitation.' },
];

/** Links the reply templates and next-step advice point customers to. */
export function LinksSection({ settings, onChange, problems }: SettingsSectionProps): JSX.Element {
  return (
    <Section id="links" title="Links and product" intro="Used in reply templates and suggested next steps.">
      <Field
        label="Product name"
        value={settings.productName}
        onInput={(productName) => onChange({ productName })}
        hint="As templates should name it, e.g. “SFTPPlus”."
        error={problemAt(problems, 'productName')}
      />
      {LINKS.map(({ key, label, hint }) => (
        <Field
          key={key}
          label={label}
          type="url"
          value={settings.links[key]}
          onInput={(value) => onChange({ links: { ...settings.links, [key]: value } })}
          hint={hint}
          error={problemAt(problems, `links.${key}`)}
          spellcheck={false}
        />
      ))}
    </Section>
  );
}
