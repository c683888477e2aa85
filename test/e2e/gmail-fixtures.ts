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
    /** A forwarded chat transcript: its visitor is the customer, not the colleague who forwarded it. */
    chatTranscript?: { visitorName: string; visitorEmail: string };
    /** The account sends as another address too (own thread-send-as.html): staff once Casebook has seen its From menu. */
    sendAs?: { addresses: string[]; from: string; customer: { name: string; email: string } };
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

/**
 * Who is staff in each fixture set. The shared set's support team is the whole example.com
 * domain; in our own set customers share example.net with the helpdesk, so staff are named.
 */
const STAFF: Record<string, { domains: string[]; team: { name: string; email: string }[] }> = {
  'support@example.com': { domains: ['example.com'], team: [{ name: 'Sam Ortega', email: 'sam.ortega@example.com' }, { name: 'Priya Nair', email: 'priya.nair@example.com' }] },
  'helpdesk@example.net': { domains: [], team: [{ name: 'Lena Marquardt', email: 'helpdesk@example.net' }, { name: 'Yusuf Demir', email: 'yusuf.demir@example.net' }] },
};

export function settingsFor(account: string): Record<string, unknown> {
  const staff = STAFF[account];
  if (!staff) throw new Error(`no staff list for fixture account ${account}`);
  return {
    identity: { name: staff.team[0]!.name, emails: [account] },
    supportAddresses: [account],
    staffDomains: staff.domains,
    team: staff.team,
  };
}

export function isFixtureStaff(account: string, email: string): boolean {
  const staff = STAFF[account];
  return email === account || Boolean(staff?.team.some((m) => m.email === email) || staff?.domains.some((d) => email.endsWith(`@${d}`)));
}

export function expectedCustomer(fixture: GmailFixture, account: string): string | null {
  if (fixture.groundTruth.chatTranscript) return fixture.groundTruth.chatTranscript.visitorName;
  // Who the customer is depends on whether the send-as address was learnt yet: send-as.e2e.ts checks both.
  if (fixture.groundTruth.sendAs) return null;
  return fixture.groundTruth.messages?.find((m) => !isFixtureStaff(account, m.senderEmail))?.senderName ?? null;
}
