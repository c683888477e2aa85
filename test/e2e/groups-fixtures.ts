import { join } from 'node:path';
import { hasShared, ownFixtures, readJson, sharedFixtures } from './harness';

export interface GroupsTruth {
  view: string;
  group: string;
  groupEmail?: string;
  subject?: string;
  messages?: { authorName: string; authorEmail: string | null }[];
  replyEditorOpen?: boolean;
  collaborativeInbox?: { assigneeName: string; resolution: string | null } | null;
}
export interface GroupsPage {
  file: string;
  url: string;
  truth: GroupsTruth;
  states?: { path: string; truth: GroupsTruth }[];
}

/** Groups' reply editor. */
export const GROUPS_EDITOR = '[role="textbox"][contenteditable="true"]';

/** The project's own Groups pages and, when ../shared exists, the team's; each with its staff domain. */
export const groupsFixtureSets = [
  { name: 'own', dir: join(ownFixtures, 'groups'), staffDomain: 'ftpgate.example.net' },
  ...(hasShared ? [{ name: 'shared', dir: join(sharedFixtures, 'groups'), staffDomain: 'ftpgate.example.com' }] : []),
];

export function groupsPages(dir: string): GroupsPage[] {
  return readJson<{ pages: GroupsPage[] }>(join(dir, 'index.json')).pages;
}

/** Settings that make a set's group a support address and its staff domain the team. */
export function groupsSettingsFor(set: (typeof groupsFixtureSets)[number], group: GroupsTruth | undefined): Record<string, unknown> {
  return {
    identity: { name: 'Support', emails: [] },
    supportAddresses: [group?.groupEmail ?? ''],
    staffDomains: [set.staffDomain],
    team: [{ name: 'Rafael Ortiz', email: `rafael.ortiz@${set.staffDomain}` }],
  };
}
