import { join } from 'node:path';
import { hasShared, ownFixtures, readJson, sharedFixtures } from './harness';

export interface GmailFixture {
  file: string;
  view: string;
  url: string;
  groundTruth: {
    threadId: string | null;
    subject?: string;
    accountEmail: string;
    messages?: { senderName: string; senderEmail: string; state: string }[];
    compose: { open: boolean; kind?: string; editorSelector?: string; signatureText?: string };
  };
}

interface GmailIndex {
  account: { email: string; name: string };
  files: GmailFixture[];
}

/** A fixture set: the team's shared pages (when ../shared exists) or the project's own. */
export interface FixtureSet {
  name: string;
  dir: string;
  account: string;
  files: GmailFixture[];
}

export function gmailFixtureSets(): FixtureSet[] {
  const own = join(ownFixtures, 'gmail');
  const load = (name: string, dir: string): FixtureSet => {
    const index = readJson<GmailIndex>(join(dir, 'index.json'));
    return { name, dir, account: index.account.email, files: index.files };
  };
  return hasShared ? [load('own', own), load('shared', join(sharedFixtures, 'gmail'))] : [load('own', own)];
}

/** Staff in a fixture set: the support account and its domain; everyone else is a customer. */
export function settingsFor(account: string): Record<string, unknown> {
  const domain = account.split('@')[1] ?? '';
  return {
    identity: { name: 'Sam Ortega', emails: [account] },
    supportAddresses: [account],
    staffDomains: [domain],
    team: [
      { name: 'Sam Ortega', email: `sam.ortega@${domain}` },
      { name: 'Priya Nair', email: `priya.nair@${domain}` },
    ],
  };
}

export function expectedCustomer(fixture: GmailFixture, account: string): string | null {
  const domain = `@${account.split('@')[1] ?? ''}`;
  return fixture.groundTruth.messages?.find((m) => !m.senderEmail.endsWith(domain))?.senderName ?? null;
}
