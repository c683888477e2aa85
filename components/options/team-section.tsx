import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { TeamMember } from '../../lib/model/settings';
import { Field } from '../shared/field';
import { problemAt } from './field-problems';
import { Section } from './section';
import type { SettingsSectionProps } from './settings-section-props';

/** The people a case can be assigned to. */
export function TeamSection({ settings, onChange, problems }: SettingsSectionProps): JSX.Element {
  const { team } = settings;
  const list = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  // Focus the new member's name, so adding is one click then typing.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  }, [team.length]);

  const setMember = (index: number, member: TeamMember): void =>
    onChange({ team: team.map((current, i) => (i === index ? member : current)) });

  return (
    <Section id="team" title="Team members" intro="Case owners. Each needs a name and an email address.">
      {team.length === 0 && <p class="cb-muted">No team members yet: cases can only be unassigned.</p>}
      <ol class="cb-team" ref={list}>
        {team.map((member, index) => (
          <li key={index} class="cb-team__member">
            <Field
              label={`Member ${index + 1} name`}
              value={member.name}
              onInput={(name) => setMember(index, { ...member, name })}
              error={problemAt(problems, `team[${index}].name`)}
            />
            <Field
              label={`Member ${index + 1} email`}
              type="email"
              value={member.email}
              onInput={(email) => setMember(index, { ...member, email })}
              error={problemAt(problems, `team[${index}].email`)}
            />
            <button
              type="button"
              class="cb-button"
              aria-label={`Remove ${member.name || `member ${index + 1}`}`}
              onClick={() => onChange({ team: team.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="cb-button"
        onClick={() => {
          added.current = true;
          onChange({ team: [...team, { name: '', email: '' }] });
        }}
      >
        Add team member
      </button>
    </Section>
  );
}
