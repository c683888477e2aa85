import type { ComponentChildren, JSX } from 'preact';
import { useFromTeamNote } from './from-team';

export interface SectionProps {
  /** Anchor id, for the page's table of contents. */
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}

/** A titled part of the options page, labelled by its heading. */
export function Section({ id, title, intro, children }: SectionProps): JSX.Element {
  const fromTeam = useFromTeamNote();
  return (
    <section id={id} class="cb-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="cb-hint">{intro}</p>}
      {fromTeam && (
        <p class="cb-from-team__note" role="note">
          {fromTeam}
        </p>
      )}
      {children}
    </section>
  );
}
