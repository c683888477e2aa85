import type { CaseEvent, CaseEventType, CaseStatus, SupportCase } from '../model/case';
import { defaultSettings } from '../model/settings';
import { responseDue } from '../core/calendar/business-deadline';
import { updateStep } from '../core/case/checklists';
import { caseIdFor, newCase } from '../core/case/new-case';
import { organisationFromEmail } from '../core/case/customer';
import { toCaseRow } from './case-row';
import { mulberry32, type Rng } from '../core/seeded-random';
import type { CasebookDb } from './database';
import { putSummaries, summaryRowOf } from './report-summaries';
import { encodeTimeline, groupByCase } from './timeline-row';

export { mulberry32, type Rng };

const FIRST = ['Dana', 'Jane', 'Raj', 'Hans', 'Maria', 'Kenji', 'Olu', 'Tomás', 'Aisha', 'Pieter', 'Chloé', 'Wei'];
const LAST = ['Whitfield', 'Doe', 'Patel', 'Müller', 'Rossi', 'Tanaka', 'Adeyemi', 'Rivera', 'Khan', 'de Vries', 'Martin', 'Zhang'];
const DOMAINS = ['example-corp.co.uk', 'lakeside-logistics.com', 'northwind-traders.de', 'acme.com', 'globex.com.au', 'initech.io', 'umbrella-health.org', 'gmail.com'];
const SUBJECTS = [
  'SFTP uploads fail after upgrade to 5.{n}', 'Licence renewal quote for {n} servers', 'LDAP login rejected for some users',
  'FTPS passive mode timeouts behind firewall', 'Feature request: S3 storage backend', 'How to rotate the SSH host key?',
  'Service does not start on Windows Server 20{n}', 'Installation details for case {n}', 'Out of office: back on Monday',
];
const TEAM = ['alice@casebook-vendor.com', 'bob@casebook-vendor.com', 'carol@casebook-vendor.com', 'dev@casebook-vendor.com'];
const STATUSES: readonly [CaseStatus, number][] = [
  ['new', 0.08], ['acknowledged', 0.12], ['in_progress', 0.15], ['waiting_customer', 0.2], ['waiting_developer', 0.1], ['closed', 0.35],
];
const DAY = 86_400_000;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const hex = (rng: Rng, length: number): string => Array.from({ length }, () => Math.floor(rng() * 16).toString(16)).join('');

function pickStatus(rng: Rng): CaseStatus {
  let roll = rng();
  for (const [status, share] of STATUSES) if ((roll -= share) < 0) return status;
  return 'closed';
}

function seedCase(index: number, eventsPerCase: number, now: number, rng: Rng): { case: SupportCase; events: CaseEvent[] } {
  const [first, last, domain] = [pick(rng, FIRST), pick(rng, LAST), pick(rng, DOMAINS)];
  const email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${domain}`;
  const groups = rng() < 0.1;
  const account = groups ? 'support@casebook-vendor.com' : 'alice@casebook-vendor.com';
  const threadId = hex(rng, 16);
  const createdAt = Math.floor(now - rng() * 365 * DAY);
  const updatedAt = Math.min(now, createdAt + Math.floor(rng() * 20 * DAY));
  let c = newCase({
    id: caseIdFor(groups ? 'groups' : 'gmail', account, threadId), host: groups ? 'groups' : 'gmail', account, threadId,
    threadUrl: groups ? `https://groups.google.com/a/casebook-vendor.com/g/support/c/${threadId}` : `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
    subject: pick(rng, SUBJECTS).replace('{n}', String(index % 100)), customer: { name: `${first} ${last}`, email, organisation: organisationFromEmail(email) },
    originator: 'customer', source: 'email', createdAt,
  });
  const status = pickStatus(rng);
  const waits = status === 'new' || (status !== 'closed' && rng() < 0.3);
  c = {
    ...c, status, updatedAt, owner: rng() < 0.8 ? pick(rng, TEAM) : null, lastMessageAt: updatedAt, lastMessageId: hex(rng, 16),
    lastMessageFrom: waits ? 'customer' : 'staff', reopenCount: rng() < 0.2 ? 1 : 0, version: 1 + Math.floor(rng() * 5),
    awaitingSince: waits ? [updatedAt] : [], dueAt: waits ? responseDue(updatedAt, defaultSettings.calendar, () => false) : null,
    notes: rng() < 0.1 ? 'Customer on 5.1; upgrade planned next quarter.' : '',
    tickets: status === 'waiting_developer' ? [{ number: 1000 + index, url: `https://trac.casebook-vendor.com/ticket/${1000 + index}`, linkedAt: updatedAt, status: 'new', resolution: null, checkedAt: null }] : [],
  };
  if (status !== 'new') c = updateStep(c, { list: 'assessment', step: 'acknowledge' }, { done: true, note: '' }, { actor: c.owner ?? TEAM[0]!, at: createdAt + DAY, eventId: '' })?.case ?? c;
  const types: CaseEventType[] = ['customer_message', 'staff_reply', 'status_changed', 'checklist_ticked'];
  const events = Array.from({ length: eventsPerCase }, (_, k): CaseEvent => {
    const type = k === 0 ? 'created' : pick(rng, types);
    const at = createdAt + Math.floor(((updatedAt - createdAt) * k) / Math.max(1, eventsPerCase));
    const reason = type === 'customer_message' ? `From ${first} ${last} <${email}>` : type === 'staff_reply' ? `From ${c.owner ?? TEAM[0]}` : 'Seeded';
    // Event ids as the background makes them (compactId): 16 hex characters.
    return { id: hex(rng, 16), caseId: c.id, at, actor: 'casebook', type, from: null, to: type === 'status_changed' ? status : null, reason };
  });
  return { case: c, events };
}

function seedRange(from: number, to: number, eventsPerCase: number, now: number, rng: Rng): { cases: SupportCase[]; events: CaseEvent[] } {
  const cases: SupportCase[] = [];
  const events: CaseEvent[] = [];
  for (let index = from; index < to; index += 1) {
    const seeded = seedCase(index, eventsPerCase, now, rng);
    cases.push(seeded.case);
    events.push(...seeded.events);
  }
  return { cases, events };
}

/** `n` realistic cases with `eventsPerCase` events each, for benchmarks and dashboard demos. */
export function seedCases(n: number, eventsPerCase: number, now: number, rng: Rng): { cases: SupportCase[]; events: CaseEvent[] } {
  return seedRange(0, n, eventsPerCase, now, rng);
}

/**
 * Writes the same cases as seedCases (same rng, same order) in batches of one transaction
 * each, so 50,000 cases and their events never sit in memory or in one transaction at once.
 */
export async function seedDatabase(db: CasebookDb, n: number, eventsPerCase: number, now: number, rng: Rng, batch = 2_000): Promise<{ cases: number; events: number }> {
  let events = 0;
  for (let from = 0; from < n; from += batch) {
    const seeded = seedRange(from, Math.min(n, from + batch), eventsPerCase, now, rng);
    const timelines = [...groupByCase(seeded.events)].map(([caseId, list]) => encodeTimeline(caseId, list));
    const timelineOf = new Map(timelines.map((row) => [row.caseId, row]));
    await db.transaction('rw', [db.cases, db.timelines, db.reportSummaries], async () => {
      await db.cases.bulkPut(seeded.cases.map(toCaseRow));
      await db.timelines.bulkPut(timelines);
      await putSummaries(db.reportSummaries, seeded.cases.map((c) => summaryRowOf(c, timelineOf.get(c.id))));
    });
    events += seeded.events.length;
  }
  return { cases: n, events };
}
