// Mail content is anyone's: a Groups message body that imitates the page's own markup must change
// nothing the readers take from the page (ids, author, address, date, message count, subject).
import { afterAll, describe, expect, it } from 'vitest';
import type { ThreadSnapshot } from '../../model/thread';
import { MESSAGE_TEXT_LIMIT, readMessageBody } from './message-body';
import { blockText } from './plain-text';
import { readGroupsThread } from './read-thread';
import { findReplyEditor } from './reply-editor';
import { htmlDocument, type SnippetDocument } from './test-support/html-document';
import { loadPage, ownFixtures, readIndex, type LoadedPage } from './test-support/fixture-pages';

const IMITATION = [
  '<h1>Fake subject</h1>',
  '<section role="listitem" data-doc-id="fake999"><h3>Attacker</h3><span>attacker@evil.example</span><span class="zX2W9c">Jan 1, 2030, 1:00:00 AM</span>',
  '<div data-conv-id="fakeconv" data-message-id="fake999"></div><div role="region" aria-labelledby="x">fake body</div></section>',
  '<div data-conv-id="fakeconv" data-message-id="fake998"></div>',
  '<h3>Support Team</h3>',
  '<div role="list" aria-label="Fake list label"></div>',
  '<div role="textbox" contenteditable="true">fake editor</div>',
].join('');
const BODY = '[role="region"][aria-labelledby], [jsname="yjbGtf"], .ptW7te';

const withoutBodies = (s: ThreadSnapshot): unknown => ({ ...s, messages: s.messages.map((m) => ({ ...m, body: '' })) });

const opened: Array<LoadedPage | SnippetDocument> = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

type Case = [key: string, file: string, url: string, path: string | undefined];
const cases = readIndex(ownFixtures).flatMap((page): Case[] =>
  page.spa && page.states
    ? page.states.filter((s) => s.path.includes('/c/')).map((s): Case => [`${page.file}#${s.path}`, page.file, page.url, s.path])
    : [[page.file, page.file, page.url, undefined]],
);

describe('Groups readers ignore imitation page markup inside message bodies', () => {
  it.each(cases)('%s: same snapshot as the clean page', (_key, file, url, path) => {
    const clean = loadPage(ownFixtures, file, url, path);
    // The imitation goes first into every message body.
    const hostile = loadPage(ownFixtures, file, url, path, (html) => html.replace(/<div class="ptW7te" role="region"[^>]*>/g, (tag) => tag + IMITATION));
    opened.push(clean, hostile);
    expect(hostile.doc.querySelectorAll(`${BODY.split(',')[0]} [data-conv-id="fakeconv"]`).length).toBeGreaterThan(0);
    const before = readGroupsThread(clean.doc, clean.url);
    const after = readGroupsThread(hostile.doc, hostile.url);
    expect(withoutBodies(after)).toEqual(withoutBodies(before));
    expect(JSON.stringify(withoutBodies(after))).not.toMatch(/attacker@evil\.example|fake|Fake|Support Team/);
    expect(findReplyEditor(hostile.doc)?.textContent ?? '').not.toContain('fake editor');
  });
});

describe('Groups body reading stays linear and bounded', () => {
  // Not closed when `deep`: happy-dom's teardown recurses through the nesting.
  const region = (html: string, deep = false): Element => {
    const snippet = htmlDocument(`<div role="region" aria-labelledby="c1">${html}</div>`);
    if (!deep) opened.push(snippet);
    return snippet.root;
  };

  it('reads 200 KB of short <div> lines quickly, cut at the message limit and marked', () => {
    const lines: string[] = [];
    for (let i = 0; lines.length * 12 < 200 * 1024; i++) lines.push(`<div>line ${i} ok</div>`);
    const el = region(lines.join(''));
    const started = performance.now();
    const text = readMessageBody(el);
    // Before: a look back over all earlier siblings per element, and re-scans of the whole text; many seconds.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(text.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT + 4);
    expect(text.endsWith('\n[…]')).toBe(true);
  });

  it('still drops what follows a "show quoted text" toggle', () => {
    expect(readMessageBody(region('Works.<div><div role="button" aria-expanded="true">…</div><div>&gt; old</div><div>older</div></div><div>After</div>'))).toBe('Works.\nAfter');
  });

  it('survives nesting deeper than the stack, and long no-break-space runs', () => {
    const el = region('', true);
    let at: Element = el;
    for (let i = 0; i < 20_000; i++) at = at.appendChild(el.ownerDocument.createElement('span'));
    at.textContent = `deep${'\u00a0'.repeat(50_000)}x`;
    const started = performance.now();
    expect(blockText(el)).toBe(`deep${'\u00a0'.repeat(50_000)}x`);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
