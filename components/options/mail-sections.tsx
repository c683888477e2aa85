import type { JSX } from 'preact';
import { problemsAt } from './field-problems';
import { LinesField } from './lines-field';
import { Section } from './section';
import type { SettingsSectionProps } from './settings-section-props';

/** Which conversations are support cases. */
export function SupportMailSection({ settings, onChange, problems }: SettingsSectionProps): JSX.Element {
  return (
    <Section id="support-mail" title="Support addresses and Gmail labels" intro="Threads sent to these addresses, or carrying these labels, become cases automatically.">
      <LinesField
        label="Support addresses"
        value={settings.supportAddresses}
        onChange={(supportAddresses) => onChange({ supportAddresses })}
        placeholder="support@example.com"
        hint="One per line, e.g. the Google Group's address."
        errors={problemsAt(problems, 'supportAddresses')}
      />
      <LinesField
        label="Gmail labels"
        value={settings.supportLabels}
        onChange={(supportLabels) => onChange({ supportLabels })}
        placeholder="Support"
        hint="One per line, spelled as in Gmail."
        errors={problemsAt(problems, 'supportLabels')}
      />
    </Section>
  );
}

/** Who is a partner or a colleague rather than an end customer. */
export function SenderDomainsSection({ settings, onChange, problems }: SettingsSectionProps): JSX.Element {
  return (
    <Section id="domains" title="Partner and staff domains" intro="Senders from these domains are shown as partners or staff, not customers.">
      <LinesField
        label="Partner domains"
        value={settings.partnerDomains}
        onChange={(partnerDomains) => onChange({ partnerDomains })}
        placeholder="reseller.example.net"
        hint="One per line, without the @."
        errors={problemsAt(problems, 'partnerDomains')}
      />
      <LinesField
        label="Staff domains"
        value={settings.staffDomains}
        onChange={(staffDomains) => onChange({ staffDomains })}
        placeholder="example.com"
        hint="Your company's domains; messages from them count as staff replies."
        errors={problemsAt(problems, 'staffDomains')}
      />
    </Section>
  );
}
