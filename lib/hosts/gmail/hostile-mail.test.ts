// Mail content is anyone's: a body that imitates Gmail's own markup must change nothing the
// readers take from the page (ids, sender, subject, labels, message count, editor, Reply).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ThreadSnapshot } from '../../model/thread';
import { findOpenEditor } from './find-editor';
import { findReplyControl } from './open-reply';
import { findConversationRoot } from './conversation-root';
import { messageBodyText } from './message-body';
import { readGmailThread } from './read-thread';
import { MESSAGE_TEXT_LIMIT, THREAD_TEXT_LIMIT } from './read-message';
import { renderedText } from './rendered-text';
import { documentOf, OWN_DIR, readIndex } from './test-support/fixture-pages';
import type { FixtureIndex } from './test-support/ground-truth';

/** What a hostile sender can put in an HTML mail: Gmail's own attributes and classes, look-alike headers. */
const IMITATION = [
  '<div class="ha"><h2 class="hP" data-legacy-thread-id="ffff000000000999" data-thread-perm-id="thread-f:999">Fake subject</h2>',
  '<div class="J-J5-Ji"><span class="at" title="Fake label"></span></div></div>',
  '<div role="list"><div role="listitem" class="h7"><div class="adn ads" data-message-id="#msg-f:999" data-legacy-message-id="fake999">',
  '<h3><span class="gD" email="attacker@evil.example" name="Attacker">Attacker</span></h3><span class="g3" title="Jan 1, 2030, 1:00 AM">Jan 1</span>',
  '</div></div></div>',
  '<table><tr><td class="gF"><h3><span class="gD" email="attacker@evil.example" name="Support Team">Support Team</span></h3></td></tr></table>',
  '<div data-message-id="#msg-f:998" data-legacy-message-id="fake998">From: Attacker &lt;attacker@evil.example&gt;</div>',
  '<div class="adf"><span email="attacker@evil.example" name="Attacker"></span><div class="iA g6">fake snippet</div></div>',
  '<div class="adx"><span>999</span></div>',
  '<div class="ip adB"><div g_editable="true" role="textbox">fake editor</div></div>',
  '<div class="amn"><a role="link" class="bkH" href="https://attacker.example/">Reply</a></div>',
  '<div role="button" class="aaq">Reply</div>',
  '<header role="banner"><a aria-label="Google Account: Evil &#10;(attacker@evil.example)">x</a></header>',
  '<div style="font-size:0" data-legacy-thread-id="ffff000000000999">hidden</div>',
].join('');

/** The snapshot without the bodies (their text is the sender's, imitation included). */
const withoutBodies = (s: ThreadSnapshot): unknown => ({ ...s, messages: s.messages.map((m) => ({ ...m, body: '' })) });

/** The page with the imitation first in every message body. */
function poisoned(html: string, url: string, title?: string): Document {
  const doc = documentOf(html.replace(/<div id="[^"]*" class="a3s aiL ">/g, (tag) => tag + IMITATION), url);
  if (title !== undefined) doc.title = title;
  return doc;
}

describe('Gmail readers ignore imitation page markup inside mail content', () => {
  const index = readIndex<FixtureIndex>(OWN_DIR);
  const pages = index.files.filter((f) => f.file.startsWith('thread-'));

  it.each(pages.flatMap((f) => [[f.file, f.url, undefined], [`${f.file} without title`, f.url, 'Untitled']] as const))(
    '%s: same snapshot as the clean page',
    (name, url, title) => {
      const html = readFileSync(OWN_DIR + name.split(' ')[0], 'utf8');
      const clean = documentOf(html, url);
      if (title !== undefined) clean.title = title;
      const before = readGmailThread(clean, new URL(url));
      const hostile = poisoned(html, url, title);
      expect(hostile.querySelectorAll('.a3s [data-legacy-thread-id]').length).toBeGreaterThan(0);
      const after = readGmailThread(hostile, new URL(url));
      expect(withoutBodies(after)).toEqual(withoutBodies(before));
      expect(JSON.stringify(withoutBodies(after))).not.toMatch(/attacker@evil\.example|999|Fake/);
    },
  );

  it('never picks an editor or a Reply control inside a message', () => {
    const entry = pages.find((f) => f.file === 'thread-inline-reply.html');
    if (!entry) throw new Error('own thread fixture missing');
    const doc = poisoned(readFileSync(OWN_DIR + entry.file, 'utf8'), entry.url);
    const editor = findOpenEditor(doc);
    expect(editor?.element.closest('.a3s')).toBeNull();
    expect(editor?.element.textContent).not.toContain('fake editor');
    const root = findConversationRoot(doc);
    const control = root && findReplyControl(root);
    expect(control).not.toBeNull();
    expect(control?.closest('.a3s')).toBeNull();
  });
});

describe('reading hostile bodies stays linear and bounded', () => {
  const body = (html: string): Element => documentOf(`<div class="a3s aiL ">${html}</div>`).querySelector('.a3s') as Element;
  const shortLines = (kb: number): string[] => {
    const lines: string[] = [];
    for (let i = 0; lines.length * 12 < kb * 1024; i++) lines.push(`line ${i} ok`);
    return lines;
  };

  it('reads 200 KB of short lines in well under a second, cut at the message limit and marked', () => {
    const el = body(shortLines(200).join('<br>'));
    const started = performance.now();
    const text = messageBodyText(el, MESSAGE_TEXT_LIMIT);
    const elapsed = performance.now() - started;
    expect(text.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT + 4);
    expect(text.length).toBeGreaterThan(MESSAGE_TEXT_LIMIT / 2);
    expect(text.endsWith('\n[…]')).toBe(true);
    // Before: quadratic appends and re-scans, several seconds here.
    expect(elapsed).toBeLessThan(1500);
  });

  it('keeps a short message whole (no cut note)', () => {
    expect(messageBodyText(body('<div>Hello</div><div>World</div>'))).toBe('Hello\nWorld');
  });

  it('survives nesting deeper than the stack', () => {
    const depth = 20_000;
    const el = body('');
    let at: Element = el;
    for (let i = 0; i < depth; i++) at = at.appendChild(el.ownerDocument.createElement('span'));
    at.textContent = 'deep';
    expect(renderedText(el)).toBe('deep');
  });

  it('a single 40 KB word, U+2028 runs and long space runs in <pre> read in linear time', () => {
    const el = body(`<div>${'V'.repeat(40_000)}</div><div>${'\u2028'.repeat(6000)}</div><pre>${' '.repeat(50_000)}x</pre><div>On ${'wrote '.repeat(20_000)}</div>`);
    const started = performance.now();
    const text = messageBodyText(el);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(text.startsWith('V'.repeat(40_000))).toBe(true);
  });

  it('a thread reads at most THREAD_TEXT_LIMIT characters in all', () => {
    const entry = readIndex<FixtureIndex>(OWN_DIR).files.find((f) => f.file === 'thread-inline-reply.html');
    if (!entry) throw new Error('own thread fixture missing');
    const filler = shortLines(150).join('<br>');
    const doc = documentOf(readFileSync(OWN_DIR + entry.file, 'utf8').replace(/<div id="[^"]*" class="a3s aiL ">/g, (tag) => tag + filler), entry.url);
    const snapshot = readGmailThread(doc, new URL(entry.url));
    const total = snapshot.messages.reduce((sum, m) => sum + m.body.length, 0);
    expect(total).toBeLessThanOrEqual(THREAD_TEXT_LIMIT + 16);
  });
});
