import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/model/settings';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';
import { CalendarSection } from './calendar-section';
import { FromTeam, type TeamSettingsScope } from './from-team';
import { GettingStarted } from './getting-started';
import { IdentitySection } from './identity-section';
import { ImportExportSection, type ImportExportSectionProps } from './import-export-section';
import { LinksSection } from './links-section';
import { SenderDomainsSection, SupportMailSection } from './mail-sections';
import { SaveBar, type SaveOutcome } from './save-bar';
import { TeamSection } from './team-section';
import { TeamWorkspaceSection, type TeamWorkspaceSectionProps } from './team-workspace-section';
import { TemplatesEditor, type TemplatesEditorProps } from './templates-editor';
import { TracSection } from './trac-section';
import type { TracChoicesAnswer } from '../../lib/model/trac-form';

export interface OptionsPageProps {
  /** The settings being edited; null while loading. */
  settings: Settings | null;
  loadProblem: string | null;
  dirty: boolean;
  onSettingsChange: (patch: Partial<Settings>) => void;
  /** Validates and saves. Called synchronously from the submit event (permission prompts need it). */
  onSaveSettings: () => Promise<SaveOutcome>;
  timeZones: readonly string[];
  templates: TemplatesEditorProps;
  importExport: ImportExportSectionProps;
  teamWorkspace: TeamWorkspaceSectionProps;
  /** In a team: the sections it sets (shown with the team's values) and whether this member may change them. */
  teamSettings: TeamSettingsScope;
  /** Trac's own choices for its select fields, read from its New Ticket form (`refresh`: read again). */
  onReadTracChoices?: (baseUrl: string, refresh: boolean) => Promise<TracChoicesAnswer>;
}

const CONTENTS: readonly [string, string][] = [
  ['team-workspace', 'Team workspace'],
  ['identity', 'Identity'],
  ['team', 'Team members'],
  ['support-mail', 'Support mail'],
  ['domains', 'Partners and staff'],
  ['calendar', 'Business calendar'],
  ['trac', 'Trac'],
  ['links', 'Links and product'],
  ['templates', 'Reply templates'],
  ['import-export', 'Import and export'],
];

export function OptionsPage(props: OptionsPageProps): JSX.Element {
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const save = useAction(async () => setOutcome(await props.onSaveSettings()));
  const problems = outcome && !outcome.saved ? outcome.problems : [];
  const { settings } = props;
  // Opened at a section (the sidebar's "Set it up in the options"): the form renders only once the
  // settings are loaded, after the browser looked for the anchor, so scroll to it then.
  const loaded = settings !== null;
  useEffect(() => {
    if (loaded && location.hash.length > 1) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);
  return (
    <div class="cb-options">
      <nav class="cb-options__nav" aria-label="Sections">
        <p class="cb-options__brand">Casebook options</p>
        <ul>
          {CONTENTS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="cb-options__main">
        <h1>Casebook options</h1>
        {props.loadProblem && <ProblemList title="Your settings could not be loaded:" problems={[props.loadProblem]} />}
        {settings && (location.hash === '#setup' || settings.identity.emails.length === 0) ? <GettingStarted settings={settings} /> : null}
        <TeamWorkspaceSection {...props.teamWorkspace} />
        {settings === null ? (
          <p class="cb-muted">Loading settings…</p>
        ) : (
          <form
            noValidate
            aria-label="Settings"
            onSubmit={(e) => {
              e.preventDefault();
              void save.run();
            }}
          >
            <IdentitySection settings={settings} onChange={props.onSettingsChange} problems={problems} />
            <TeamSection settings={settings} onChange={props.onSettingsChange} problems={problems} />
            <FromTeam keys={['supportAddresses', 'supportLabels']} scope={props.teamSettings}>
              <SupportMailSection settings={settings} onChange={props.onSettingsChange} problems={problems} />
            </FromTeam>
            <FromTeam keys={['partnerDomains', 'staffDomains']} scope={props.teamSettings}>
              <SenderDomainsSection settings={settings} onChange={props.onSettingsChange} problems={problems} />
            </FromTeam>
            <FromTeam keys={['calendar']} scope={props.teamSettings}>
              <CalendarSection settings={settings} onChange={props.onSettingsChange} problems={problems} timeZones={props.timeZones} />
            </FromTeam>
            <FromTeam keys={['trac']} scope={props.teamSettings}>
              <TracSection settings={settings} onChange={props.onSettingsChange} problems={problems} onReadChoices={props.onReadTracChoices} />
            </FromTeam>
            <FromTeam keys={['links', 'productName']} scope={props.teamSettings}>
              <LinksSection settings={settings} onChange={props.onSettingsChange} problems={problems} />
            </FromTeam>
            <SaveBar dirty={props.dirty} pending={save.pending} outcome={outcome} error={save.error} />
          </form>
        )}
        <TemplatesEditor {...props.templates} />
        <ImportExportSection {...props.importExport} />
      </main>
    </div>
  );
}
