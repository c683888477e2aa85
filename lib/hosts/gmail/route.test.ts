import { describe, expect, it } from 'vitest';
import { canonicalThreadUrl, parseGmailRoute, toHostRoute, type GmailRoute } from './route';

const base = 'https://mail.google.com';
const TOKEN = 'FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS';
const TOKEN_HEX = '1943afd33e03a1f2';
const TOKEN_PERM = 'thread-f:1820491996201198066';

function thread(accountIndex: number, box: string, boxParam: string | null, urlThreadId: string, legacy: string | null, perm: string | null): GmailRoute {
  return { kind: 'thread', accountIndex, box, boxParam, urlThreadId, legacyThreadId: legacy, permThreadId: perm } as GmailRoute;
}
function list(accountIndex: number, box: string, boxParam: string | null, page = 1): GmailRoute {
  return { kind: 'list', accountIndex, box, boxParam, page } as GmailRoute;
}
const other = (accountIndex: number | null): GmailRoute => ({ kind: 'other', accountIndex });

describe('parseGmailRoute', () => {
  it.each<[string, GmailRoute]>([
    // threads in every view
    [`/mail/u/0/#inbox/${TOKEN}`, thread(0, 'inbox', null, TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/1/#inbox/${TOKEN_HEX}`, thread(1, 'inbox', null, TOKEN_HEX, TOKEN_HEX, null)],
    [`/mail/u/0/#all/${TOKEN}`, thread(0, 'all', null, TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#sent/${TOKEN}`, thread(0, 'sent', null, TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#starred/${TOKEN}`, thread(0, 'starred', null, TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#imp/${TOKEN}`, thread(0, 'imp', null, TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/3/#category/updates/${TOKEN}`, thread(3, 'category', 'updates', TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#label/Customers/${TOKEN}`, thread(0, 'label', 'Customers', TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#label/Customers%2FHarborline/${TOKEN}`, thread(0, 'label', 'Customers/Harborline', TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#label/Support+Tier+2/${TOKEN}`, thread(0, 'label', 'Support Tier 2', TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#label/C%2B%2B+SDK/${TOKEN_HEX}`, thread(0, 'label', 'C++ SDK', TOKEN_HEX, TOKEN_HEX, null)],
    [`/mail/u/0/#search/from%3Adana+550/${TOKEN}`, thread(0, 'search', 'from:dana 550', TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#search/in%3Aanywhere+%22passive+mode%22/${TOKEN}`, thread(0, 'search', 'in:anywhere "passive mode"', TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#inbox/p2/${TOKEN}`, thread(0, 'inbox', null, TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/u/0/#inbox/${TOKEN}?compose=new`, thread(0, 'inbox', null, TOKEN, TOKEN_HEX, TOKEN_PERM)],
    [`/mail/#inbox/${TOKEN}`, thread(0, 'inbox', null, TOKEN, TOKEN_HEX, TOKEN_PERM)],
    // a token that is well-formed but not a thread-f id still names a thread
    [`/mail/u/0/#inbox/KtbxLrjCBvzxZdhqvRhPwPvxBdgcqvDhfB`, thread(0, 'inbox', null, 'KtbxLrjCBvzxZdhqvRhPwPvxBdgcqvDhfB', null, null)],
    // lists
    ['/mail/u/0/', list(0, 'inbox', null)],
    ['/mail/u/0/#inbox', list(0, 'inbox', null)],
    ['/mail/u/2/#inbox/p2', list(2, 'inbox', null, 2)],
    ['/mail/u/0/#sent/p14', list(0, 'sent', null, 14)],
    ['/mail/u/0/#label/Customers', list(0, 'label', 'Customers')],
    ['/mail/u/0/#label/Customers%2FHarborline/p3', list(0, 'label', 'Customers/Harborline', 3)],
    ['/mail/u/0/#search/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS', list(0, 'search', TOKEN)],
    ['/mail/u/0/#search/licence+key', list(0, 'search', 'licence key')],
    ['/mail/u/0/#category/social', list(0, 'category', 'social')],
    ['/mail/u/0/#starred', list(0, 'starred', null)],
    ['/mail/u/0/#inbox?compose=CllgCJTHWxbN', list(0, 'inbox', null)],
    // neither
    ['/mail/u/0/#settings/general', other(0)],
    ['/mail/u/0/#label/', other(0)],
    ['/mail/u/0/#inbox/not-an-id', other(0)],
    ['/mail/u/0/#inbox/p2/extra/segments', other(0)],
    ['/chat/u/0/#chat/home', other(null)],
    ['/mail/u/0/#contacts', other(0)],
  ])('%s', (path, expected) => {
    expect(parseGmailRoute(new URL(base + path))).toEqual(expected);
  });
});

describe('toHostRoute', () => {
  it.each<[string, ReturnType<typeof toHostRoute>]>([
    [`/mail/u/0/#label/Customers/${TOKEN}`, { kind: 'conversation', threadKey: TOKEN_HEX }],
    [`/mail/u/0/#inbox/${TOKEN_HEX}`, { kind: 'conversation', threadKey: TOKEN_HEX }],
    ['/mail/u/0/#inbox/KtbxLrjCBvzxZdhqvRhPwPvxBdgcqvDhfB', { kind: 'conversation', threadKey: 'KtbxLrjCBvzxZdhqvRhPwPvxBdgcqvDhfB' }],
    ['/mail/u/0/#inbox/p2', { kind: 'list' }],
    ['/mail/u/0/#settings/labels', { kind: 'other' }],
  ])('%s', (path, expected) => {
    expect(toHostRoute(parseGmailRoute(new URL(base + path)))).toEqual(expected);
  });
});

describe('canonicalThreadUrl', () => {
  it.each([
    [0, TOKEN, `https://mail.google.com/mail/u/0/#inbox/${TOKEN}`],
    [4, TOKEN_HEX, `https://mail.google.com/mail/u/4/#inbox/${TOKEN_HEX}`],
  ])('account %i, %s', (index, id, expected) => {
    expect(canonicalThreadUrl(index, id)).toBe(expected);
  });
});
