import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { normaliseEmail } from '../core/case/customer';
import { mergeSendAs, SEND_AS_LIMIT, sendAsAddresses } from '../core/case/send-as';

/**
 * Each Gmail account's send-as addresses, learnt from its compose (its From address and From
 * menu, lib/hosts/gmail/send-as.ts) and kept in storage.local: a reply an engineer sent from an
 * alias is staff's, not the customer's, in every thread of that account from then on.
 */

const STORAGE_KEY = 'casebook.sendAs';
/** Accounts remembered; the oldest learnt goes first (one browser rarely has more than a few). */
const ACCOUNT_LIMIT = 20;

const Stored = z.record(z.string().check(z.maxLength(320)), z.array(z.string().check(z.maxLength(320))).check(z.maxLength(SEND_AS_LIMIT)));
type Stored = z.infer<typeof Stored>;

async function readAll(): Promise<Stored> {
  const raw = ((await browser.storage.local.get(STORAGE_KEY).catch(() => ({}))) as Record<string, unknown>)[STORAGE_KEY];
  const parsed = Stored.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** The send-as addresses learnt for `account` (none for an account that is no address, e.g. Gmail's `u/0`). */
export async function knownSendAs(account: string | null | undefined): Promise<string[]> {
  const key = normaliseEmail(account ?? '');
  if (!key.includes('@')) return [];
  return (await readAll())[key] ?? [];
}

/** Remembers what a compose of `account` showed; true when an address was new (open sidebars then refresh). */
export async function learnSendAs(account: string, seen: readonly string[]): Promise<boolean> {
  const key = normaliseEmail(account);
  if (!key.includes('@')) return false;
  const fresh = sendAsAddresses(seen, key);
  if (fresh.length === 0) return false;
  const all = await readAll();
  const known = all[key] ?? [];
  const merged = mergeSendAs(known, fresh);
  if (merged.length === known.length) return false;
  // Re-inserted last, so the account learnt longest ago is the one dropped past the limit.
  const { [key]: _previous, ...others } = all;
  const kept = Object.entries(others).slice(-(ACCOUNT_LIMIT - 1));
  await browser.storage.local.set({ [STORAGE_KEY]: { ...Object.fromEntries(kept), [key]: merged } });
  return true;
}
