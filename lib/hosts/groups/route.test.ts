import { describe, expect, it } from 'vitest';
import { canonicalTopicUrl, parseGroupsRoute, toHostRoute, type GroupsRoute } from './route';

const G = 'https://groups.google.com';

function conversation(group: string, topicId: string, more: Partial<GroupsRoute & { kind: 'conversation' }> = {}): GroupsRoute {
  return { kind: 'conversation', group, domain: null, accountIndex: null, topicId, messageId: null, ...more };
}
function list(group: string, more: Partial<GroupsRoute & { kind: 'list' }> = {}): GroupsRoute {
  return { kind: 'list', group, domain: null, accountIndex: null, query: null, ...more };
}
const other: GroupsRoute = { kind: 'other' };

describe('parseGroupsRoute', () => {
  it.each<[string, GroupsRoute]>([
    [`${G}/g/ftpgate-support/c/Xk3pQ9vLr2E`, conversation('ftpgate-support', 'Xk3pQ9vLr2E')],
    [`${G}/g/ftpgate-support/c/Xk3pQ9vLr2E/`, conversation('ftpgate-support', 'Xk3pQ9vLr2E')],
    [`${G}/g/golang-nuts/c/-nTNtBBHL2Y`, conversation('golang-nuts', '-nTNtBBHL2Y')],
    [`${G}/g/comp.lang.python/c/6HO1HEtL1Fs`, conversation('comp.lang.python', '6HO1HEtL1Fs')],
    [`${G}/g/ftpgate-help/c/_hB2yW7cXe1`, conversation('ftpgate-help', '_hB2yW7cXe1')],
    [`${G}/g/kasan-dev/c/Rb7_nW2cTq0/m/G002rPGpAAAJ`, conversation('kasan-dev', 'Rb7_nW2cTq0', { messageId: 'G002rPGpAAAJ' })],
    [`${G}/g/jailhouse-dev/c/fG4-hT8mZsQ/m/Ek5tW1nBzAAJ/`, conversation('jailhouse-dev', 'fG4-hT8mZsQ', { messageId: 'Ek5tW1nBzAAJ' })],
    [`${G}/g/ftpgate-support/c/Xk3pQ9vLr2E?hl=en#msg`, conversation('ftpgate-support', 'Xk3pQ9vLr2E')],
    [`${G}/g/ftpgate-support/c/Xk3pQ9vLr2E/m/Qm8Zt1kPwAAJ?pli=1`, conversation('ftpgate-support', 'Xk3pQ9vLr2E', { messageId: 'Qm8Zt1kPwAAJ' })],
    [`${G}/a/kubernetes.io/g/dev/c/aB3dE5fG7hI`, conversation('dev', 'aB3dE5fG7hI', { domain: 'kubernetes.io' })],
    [`${G}/a/up-fm.com/g/procurement/c/Zx0_y-1wVuT/m/Qa1Sw2De3FAJ`, conversation('procurement', 'Zx0_y-1wVuT', { domain: 'up-fm.com', messageId: 'Qa1Sw2De3FAJ' })],
    [`${G}/u/1/g/ftpgate-help/c/q9Zr-4LmT_w`, conversation('ftpgate-help', 'q9Zr-4LmT_w', { accountIndex: 1 })],
    [`${G}/u/0/a/example.org/g/it.help-desk/c/Hk7mQ2rVt4Y`, conversation('it.help-desk', 'Hk7mQ2rVt4Y', { accountIndex: 0, domain: 'example.org' })],
    [`${G}/g/ftpgate-support`, list('ftpgate-support')],
    [`${G}/g/ftpgate-support/`, list('ftpgate-support')],
    [`${G}/g/comp.lang.python?hl=de`, list('comp.lang.python')],
    [`${G}/a/mozilla.org/g/announce`, list('announce', { domain: 'mozilla.org' })],
    [`${G}/u/2/g/ftpgate-help/`, list('ftpgate-help', { accountIndex: 2 })],
    [`${G}/g/ftpgate-help/search?q=passive%20mode`, list('ftpgate-help', { query: 'passive mode' })],
    [`${G}/g/usenet.archive/search?q=after:2001-01-01 before:2001-02-01`, list('usenet.archive', { query: 'after:2001-01-01 before:2001-02-01' })],
    [`${G}/forum/#!topic/comp.lang.python/6HO1HEtL1Fs`, conversation('comp.lang.python', '6HO1HEtL1Fs')],
    [`${G}/forum/?hl=en#!topic/golang-nuts/-nTNtBBHL2Y`, conversation('golang-nuts', '-nTNtBBHL2Y')],
    [`${G}/forum/#!msg/golang-nuts/-nTNtBBHL2Y/G002rPGpAAAJ`, conversation('golang-nuts', '-nTNtBBHL2Y', { messageId: 'G002rPGpAAAJ' })],
    [`${G}/a/example.org/forum/#!topic/ftpgate-help/Tn0vK3aPq8E`, conversation('ftpgate-help', 'Tn0vK3aPq8E', { domain: 'example.org' })],
    [`${G}/forum/#!forum/ftpgate-help`, list('ftpgate-help')],
    [`${G}/d/topic/ftpgate-help/-pL5sD9fG0k`, conversation('ftpgate-help', '-pL5sD9fG0k')],
    [`${G}/d/msg/ftpgate-help/-pL5sD9fG0k/Ra4tY6uI8oAJ`, conversation('ftpgate-help', '-pL5sD9fG0k', { messageId: 'Ra4tY6uI8oAJ' })],
    [`${G}/d/forum/ftpgate-help`, list('ftpgate-help')],
    [`${G}/g/ftp%2Bgate/c/Xk3pQ9vLr2E`, conversation('ftp+gate', 'Xk3pQ9vLr2E')],
    [`${G}/`, other],
    [`${G}/my-groups`, other],
    [`${G}/search?q=ftpgate`, other],
    [`${G}/g/ftpgate-help/about`, other],
    [`${G}/g/ftpgate-help/members`, other],
    [`${G}/g/ftpgate-help/c/`, other],
    [`${G}/g/ftpgate-help/c/Xk3pQ9vLr2E/history`, other],
    [`${G}/access-error?continue=https://groups.google.com/g/private-team`, other],
    [`${G}/forum/`, other],
    [`${G}/forum/#!overview`, other],
    [`${G}/d/msgid/jailhouse-dev/0f2c-4b1e@googlegroups.com`, other],
  ])('%s', (href, route) => {
    expect(parseGroupsRoute(new URL(href))).toEqual(route);
  });
});

describe('toHostRoute', () => {
  it.each<[string, ReturnType<typeof toHostRoute>]>([
    [`${G}/g/ftpgate-help/c/q9Zr-4LmT_w/m/Wq2eR4tY6uAJ`, { kind: 'conversation', threadKey: 'q9Zr-4LmT_w' }],
    [`${G}/forum/#!topic/golang-nuts/-nTNtBBHL2Y`, { kind: 'conversation', threadKey: '-nTNtBBHL2Y' }],
    [`${G}/g/ftpgate-help/search?q=sftp`, { kind: 'list' }],
    [`${G}/my-groups`, { kind: 'other' }],
  ])('%s', (href, hostRoute) => {
    expect(toHostRoute(parseGroupsRoute(new URL(href)))).toEqual(hostRoute);
  });
});

describe('canonicalTopicUrl', () => {
  it.each([
    [`${G}/g/ftpgate-help/c/q9Zr-4LmT_w/m/Wq2eR4tY6uAJ?hl=en#x`, `${G}/g/ftpgate-help/c/q9Zr-4LmT_w`],
    [`${G}/forum/#!msg/golang-nuts/-nTNtBBHL2Y/G002rPGpAAAJ`, `${G}/g/golang-nuts/c/-nTNtBBHL2Y`],
    [`${G}/u/1/a/example.org/g/it.help-desk/c/Hk7mQ2rVt4Y/`, `${G}/u/1/a/example.org/g/it.help-desk/c/Hk7mQ2rVt4Y`],
  ])('%s -> %s', (href, canonical) => {
    const route = parseGroupsRoute(new URL(href));
    if (route.kind !== 'conversation') throw new Error(`not a conversation: ${href}`);
    expect(canonicalTopicUrl(route, G)).toBe(canonical);
  });
});
