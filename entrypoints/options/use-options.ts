import { exportFile, importFile, loadAutoBackup, previewImport } from '../../lib/pages/data-files';
import { autoBackupSavedAt } from '../../lib/pages/auto-backup';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { OptionsPageProps } from '../../components/options/options-page';
import type { SaveOutcome } from '../../components/options/save-bar';
import { downloadText, mimeTypeFor } from '../../components/shared/download-text';
import { errorMessage } from '../../components/shared/error-message';
import { ask } from '../../lib/messaging';
import type { Settings } from '../../lib/model/settings';
import type { ReplyTemplate } from '../../lib/model/template';
import { TEMPLATE_VARIABLES } from '../../lib/core/templates/template-vars';
import { mayReadTrac, originPattern } from '../../lib/core/trac/ticket-page';
import { loadSettings, saveSettings } from '../../lib/settings-storage';
import { joinTeam } from '../../lib/pages/join-team';
import type { TeamMembership } from '../../lib/model/team';
import { TEAM_SETTING_KEYS, type TeamSettingKey } from '../../lib/model/team-documents';
import { loadTeam, saveTeam, teamItem } from '../../lib/team-storage';
import { loadSettingsChecks } from './settings-checks';
import type { SettingsChecks } from '../../lib/core/settings/validate-settings';
import { validateSettings } from '../../lib/core/settings/validate-settings';

const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** Connects the options page to settings storage and the background. */
export function useOptions(): OptionsPageProps {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [templates, setTemplates] = useState<ReplyTemplate[] | null>(null);
  const [templatesProblem, setTemplatesProblem] = useState<string | null>(null);
  const [checks, setChecks] = useState<SettingsChecks | null>(null);
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(saved);
  const [membership, setMembership] = useState<TeamMembership | null>(null);
  const [backupSavedAt, setBackupSavedAt] = useState<number | null>(null);
  const [teamSettingKeys, setTeamSettingKeys] = useState<TeamSettingKey[]>([]);
  useEffect(() => {
    if (!membership) return setTeamSettingKeys([]);
    void ask('team.settings', {}).then(({ keys }) => setTeamSettingKeys(keys), () => setTeamSettingKeys([]));
  }, [membership]);
  useEffect(() => void autoBackupSavedAt().then(setBackupSavedAt), []);
  useEffect(() => {
    void loadTeam().then(setMembership);
    return teamItem.watch(() => void loadTeam().then(setMembership));
  }, []);

  const reload = async (): Promise<void> => {
    try {
      const settings = await loadSettings();
      setSaved(settings);
      setDraft(settings);
    } catch (error: unknown) {
      setLoadProblem(errorMessage(error));
    }
    try {
      setTemplates((await ask('templates.list', {})).templates);
    } catch (error: unknown) {
      setTemplatesProblem(errorMessage(error));
    }
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
    await saveSettings(result.settings);
    setSaved(result.settings);
    setDraft(result.settings);
    if (base !== '' && !mayReadTrac(base)) return { saved: true, tracAccess: 'cleartext' };
    if (!access) return { saved: true, tracAccess: 'none' };
    return { saved: true, tracAccess: (await access) ? 'granted' : 'refused' };
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
      teamSettingKeys,
      onShareSettings:
        membership?.member.role === 'admin' && saved
          ? async () => {
              const sections = Object.fromEntries(TEAM_SETTING_KEYS.map((key) => [key, saved[key]]));
              setTeamSettingKeys((await ask('team.settings.share', { sections })).keys);
            }
          : null,
    },
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
      onSave: async (template) => setTemplates((await ask('templates.save', { template: { ...template, updatedAt: Date.now() } })).templates),
      onReset: async (id) => setTemplates((await ask('templates.reset', { id })).templates),
      newTeamTemplate:
        membership && membership.member.role !== 'viewer'
          ? () => ({ id: `team:${crypto.randomUUID()}`, name: 'New team template', body: '', category: null, builtIn: false, updatedAt: Date.now() })
          : null,
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
