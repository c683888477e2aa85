import type { JSX } from 'preact';
import type { Settings } from '../../lib/model/settings';

export interface SetupStep {
  id: string;
  title: string;
  /** What is set now, in words; "" when nothing is. */
  current: string;
}

/** The four things a new user sets first, each linked to its section; any may be skipped. */
export function setupSteps(s: Settings): SetupStep[] {
  const c = s.calendar;
  return [
    { id: 'identity', title: 'Who you are', current: [s.identity.name, ...s.identity.emails].filter(Boolean).join(', ') },
    { id: 'support-mail', title: 'Your support address or Gmail label', current: [...s.supportAddresses, ...s.supportLabels].join(', ') },
    { id: 'calendar', title: 'Business hours and holiday region', current: `${c.start}–${c.end}, ${c.timeZone}${c.holidayRegion ? `, holidays of ${c.holidayRegion}` : ''} (the defaults until you change them)` },
    { id: 'trac', title: 'Your Trac URL', current: s.trac.baseUrl },
  ];
}

/**
 * Shown at the top of the options page when Casebook was just installed (`#setup`) or is not set
 * up yet: a short list of the steps that matter first. Each links to its section; none is
 * required (Casebook works with what it is given, and says in the sidebar what is missing).
 */
export function GettingStarted({ settings }: { settings: Settings }): JSX.Element {
  return (
    <section id="setup" class="cb-card" aria-labelledby="setup-title">
      <h2 id="setup-title">Set up Casebook</h2>
      <p class="cb-muted">Four short steps; skip any of them and come back later. Save at the bottom of the page.</p>
      <ol>
        {setupSteps(settings).map((step) => (
          <li key={step.id}>
            <a href={`#${step.id}`}>{step.title}</a>
            {': '}
            {step.current ? <span>{step.current}</span> : <span class="cb-muted">not set yet (optional)</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
