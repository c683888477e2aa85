import { exportFile, importFile, loadAutoBackup, previewImport } from '../../lib/pages/data-files';
import { autoBackupSavedAt } from '../../lib/pages/auto-backup';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { OptionsPageProps } from '../../components/options/options-page';
import type { SaveOutcome } from '../../components/options/save-bar';
import { downloadText, mimeTypeFor } from '../../components/shared/download-text';
import { errorMessage } from '../../components/shared/error-message';
import { ask, onPush } from '../../lib/messaging';
import type { Settings } from '../../lib/model/settings';
import type { ReplyTemplate } from '../../lib/model/template';
import { Category } from '../../lib/model/classification';
import { TEMPLATE_VARIABLES } from '../../lib/core/templates/template-vars';
import { mayReadTrac, originPattern } from '../../lib/core/trac/ticket-page';
import { loadSettings, saveSettings } from '../../lib/settings-storage';
import { joinTeam } from '../../lib/pages/join-team';
import type { TeamMembership } from '../../lib/model/team';
import { TEAM_SETTING_KEYS, type TeamSettingKey, type TeamSettings } from '../../lib/model/team-documents';
import { changedTeamSections, draftAfterChange, ownSettingsToStore, withTeamSettings } from '../../lib/core/settings/with-team-settings';
import { loadTeam, saveTeam, teamItem } from '../../lib/team-storage';
import { loadSettingsChecks } from './settings-checks';
import type { SettingsChecks } from '../../lib/core/settings/validate-settings';
import { validateSettings } from '../../lib/core/settings/validate-settings';

const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** The team's settings as the background has them: the sections it sets and their values. */
interface TeamState {
  keys: TeamSettingKey[];
  settings: TeamSettings;
}
const ALONE: TeamState = { keys: [], settings: {} };
const readTeamSettings = (): Promise<TeamState> => ask('team.settings', {}).catch(() => ALONE);

/** Connects the options page to settings storage and the background. */
export function useOptions(): OptionsPageProps {
  // `own`: this browser's settings as stored; `team`: the sections the team sets. The form shows
  // the team's over the member's own (what applies), and follows the team's changes live.
  const [own, setOwn] = useState<Settings | null>(null);
  const [team, setTeam] = useState<TeamState>(ALONE);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [templates, setTemplates] = useState<ReplyTemplate[] | null>(null);
  const [templatesProblem, setTemplatesProblem] = useState<string | null>(null);
  const [checks, setChecks] = useState<SettingsChecks | null>(null);
  const shown = own ? withTeamSettings(own, team.settings) : null;
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(shown);
  const [membership, setMembership] = useState<TeamMembership | null>(null);
  const [backupSavedAt, setBackupSavedAt] = useState<number | null>(null);
  // What the page showed last, read by pushes that arrive between renders.
  const current = useRef<{ own: Settings | null; team: TeamState; shown: Settings | null }>({ own: null, team: ALONE, shown: null });

  /** Shows new stored or team settings; sections the user is editing keep the edit (draftAfterChange). */
  const show = (nextOwn: Settings, nextTeam: TeamState, replaceDraft: boolean): void => {
    const before = current.current.shown;
    const nextShown = withTeamSettings(nextOwn, nextTeam.settings);
    current.current = { own: nextOwn, team: nextTeam, shown: nextShown };
    setOwn(nextOwn);
    setTeam(nextTeam);
    setDraft((draftNow) => (replaceDraft || draftNow === null || before === null ? nextShown : draftAfterChange(draftNow, before, nextShown)));
  };
  const teamReads = useRef(0);
  const followTeam = async (): Promise<void> => {
    // Only the newest read may land: a push and a membership change can cross.
    const read = ++teamReads.current;
    const nextTeam = await readTeamSettings();
    if (read !== teamReads.current) return;
    const ownNow = current.current.own;
    if (ownNow) show(ownNow, nextTeam, false);
    else {
      current.current = { ...current.current, team: nextTeam };
      setTeam(nextTeam);
    }
  };
  const reloadTemplates = async (): Promise<void> => {
    try {
      setTemplates((await ask('templates.list', {})).templates);
      setTemplatesProblem(null);
    } catch (error: unknown) {
      setTemplatesProblem(errorMessage(error));
    }
  };

  useEffect(() => void autoBackupSavedAt().then(setBackupSavedAt), []);
  useEffect(() => {
    void loadTeam().then(setMembership);
    return teamItem.watch(() => void loadTeam().then(setMembership));
  }, []);
  // Joined or left: the team's sections apply, or no longer do (the background says so again once it has switched).
  useEffect(() => void followTeam(), [membership]);
  // The admin's change to a team setting, and a colleague's team template, arrive without a reload.
  useEffect(() => {
    const stop = new AbortController();
    onPush((message) => {
      if (message.type === 'settings.changed') void followTeam();
      if (message.type === 'templates.changed') void reloadTemplates();
    }, stop.signal);
    return () => stop.abort();
  }, []);

  const reload = async (): Promise<void> => {
    try {
      const [settings, nextTeam] = await Promise.all([loadSettings(), readTeamSettings()]);
      show(settings, nextTeam, true);
    } catch (error: unknown) {
      setLoadProblem(errorMessage(error));
    }
    await reloadTemplates();
  };
  useEffect(() => {
    void reload();
    loadSettingsChecks().then(setChecks, (error: unknown) => setLoadProblem(`The holiday data could not be loaded: ${errorMessage(error)}`));
  }, []);

  // Leaving with unsaved settings asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const saveDraft = async (): Promise<SaveOutcome> => {
    if (!draft || !checks) return { saved: false, problems: [{ path: '', message: 'The page is still loading; save again in a moment.' }] };
    const result = validateSettings(draft, checks);
    if (!result.ok) return { saved: false, problems: result.problems };
    // Asked before any await: the browser only shows the prompt during the click (user gesture).
    const base = result.settings.trac.baseUrl;
    const origin = base === '' ? '' : originPattern(base);
    const access = origin ? browser.permissions.request({ origins: [origin] }).catch(() => false) : null;
    const { own: ownNow, team: teamNow } = current.current;
    // The team's sections keep the member's own values in this browser; the admin's changes to
    // them go to the team (the server refuses them from anyone else).
    const stored = ownNow ? ownSettingsToStore(result.settings, ownNow, teamNow.settings) : result.settings;
    await saveSettings(stored);
    const team = await shareChangedTeamSections(membership, result.settings, teamNow);
    show(stored, team.state, true);
    const shared = { ...(team.problem ? { teamProblem: team.problem } : {}), ...(team.shared > 0 ? { sharedWithTeam: team.shared } : {}) };
    if (base !== '' && !mayReadTrac(base)) return { saved: true, tracAccess: 'cleartext', ...shared };
    if (!access) return { saved: true, tracAccess: 'none', ...shared };
    return { saved: true, tracAccess: (await access) ? 'granted' : 'refused', ...shared };
  };

  return {
    teamWorkspace: {
      membership,
      onJoin: async (address, code) => {
        const outcome = await joinTeam(address, code, navigator.userAgent, Date.now());
        if (!outcome.ok) return outcome.problem;
        await saveTeam(outcome.membership);
        return null;
      },
      onLeave: () => saveTeam(null),
      teamSettingKeys: team.keys,
      onShareSettings:
        membership?.member.role === 'admin' && shown
          ? async () => {
              // What the page shows as saved: the team's sections as they are, the others the admin's own.
              const sections = Object.fromEntries(TEAM_SETTING_KEYS.map((key) => [key, shown[key]]));
              await ask('team.settings.share', { sections });
              await followTeam();
            }
          : null,
    },
    teamSettings: { keys: membership ? team.keys : [], mayEdit: membership?.member.role === 'admin' },
    settings: draft,
    loadProblem,
    dirty,
    onSettingsChange: (patch) => setDraft((current) => (current ? { ...current, ...patch } : current)),
    onSaveSettings: saveDraft,
    onReadTracChoices: (baseUrl, refresh) => ask('trac.choices', { baseUrl, refresh }),
    timeZones: TIME_ZONES,
    templates: {
      templates,
      loadProblem: templatesProblem,
      variables: TEMPLATE_VARIABLES,
      newTemplate: () => ({
        id: `custom:${crypto.randomUUID()}`,
        name: 'New template',
        body: '',
        category: null,
        builtIn: false,
        updatedAt: Date.now(),
      }),
      onSave: async (template, base) => {
        const started = base ? { base: { name: base.name, body: base.body, category: Category.safeParse(base.category).data ?? null } } : {};
        setTemplates((await ask('templates.save', { template: { ...template, updatedAt: Date.now() }, ...started })).templates);
      },
      onReset: async (id) => setTemplates((await ask('templates.reset', { id })).templates),
      newTeamTemplate:
        membership && membership.member.role !== 'viewer'
          ? () => ({ id: `team:${crypto.randomUUID()}`, name: 'New team template', body: '', category: null, builtIn: false, updatedAt: Date.now() })
          : null,
      teamReadOnly: membership?.member.role === 'viewer' ? 'As a viewer you can insert the team’s templates but not change them: the team server accepts no changes from a viewer.' : null,
    },
    importExport: {
      onExport: async () => {
        const file = await exportFile('json', Date.now());
        downloadText(file.text, file.filename, mimeTypeFor(file.filename));
      },
      onPreview: previewImport,
      onImport: async (text, mode) => {
        const result = await importFile(text, mode);
        if (result.ok) await reload();
        setBackupSavedAt(await autoBackupSavedAt());
        return result;
      },
      backupSavedAt,
      onLoadBackup: loadAutoBackup,
    },
  };
}

/**
 * An admin's save changes the team's sections that differ from the team's (for every member);
 * anyone else's save changes nothing there. Answers the team's settings after the save.
 */
async function shareChangedTeamSections(membership: TeamMembership | null, saved: Settings, team: TeamState): Promise<{ state: TeamState; shared: number; problem: string | null }> {
  const changed = changedTeamSections(saved, team.settings);
  const count = Object.keys(changed).length;
  if (membership?.member.role !== 'admin' || count === 0) return { state: team, shared: 0, problem: null };
  try {
    await ask('team.settings.share', { sections: changed });
    return { state: await readTeamSettings(), shared: count, problem: null };
  } catch (error: unknown) {
    return { state: team, shared: 0, problem: errorMessage(error) };
  }
}
