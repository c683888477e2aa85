import { describe, expect, it } from 'vitest';
import { censoredSnapshot } from '../censored-snapshot';
import { documentOf, HAS_SHARED, loadPage, OWN_DIR, readIndex, SHARED_DIR } from './test-support/fixture-pages';
import type { FixtureIndex, MessageTruth, ThreadTruth } from './test-support/ground-truth';

/** Everything personal the index names for a page: addresses, names, subject words, ids, tokens. */
function secretsOf(index: FixtureIndex, file: string): string[] {
  const entry = index.files.find((f) => f.file === file);
  const truth = entry?.groundTruth;
  const threads: Array<Partial<ThreadTruth>> = [truth ?? {}, ...Object.values({ ...entry?.routes, ...truth?.routes })];
  const messages: MessageTruth[] = threads.flatMap((thread) => [...(thread.messages ?? []), ...(thread.readableMessages ?? [])]);
  const words = (text: string): string[] => text.split(/[^\p{L}\p{N}@.'-]+/u).filter((word) => /\p{L}{4,}/u.test(word) || /^\d{5,}$/.test(word));
  return [...new Set([
    index.account.email, index.account.name, ...words(index.account.name),
    ...threads.flatMap((thread) => [thread.threadId, thread.threadPermId, thread.threadPermId?.replace('thread-f:', ''), thread.urlToken, ...words(thread.subject ?? '')]),
    ...(truth?.rows ?? []).flatMap((row) => [row.threadId, row.lastSenderEmail, ...words(row.subject)]),
    ...messages.flatMap((m) => [m.senderEmail, m.senderName, ...words(m.senderName), m.messageId, m.syncMessageId, m.syncMessageId.replace('msg-f:', ''), ...words(m.snippet ?? '').slice(0, 6)]),
  ].filter((secret): secret is string => typeof secret === 'string' && secret.length >= 4))];
}

/** Tag names and attribute names in document order, and the length of all text. */
function structure(root: Element): { tags: string[]; textLength: number } {
  const tags = [root, ...Array.from(root.querySelectorAll('*'))].map((el) => `${el.localName}[${el.getAttributeNames().sort().join(',')}]`);
  const text = [root, ...Array.from(root.querySelectorAll('*'))].flatMap((el) => Array.from(el.childNodes)).filter((n) => n.nodeType === 3 && !n.parentElement?.matches('script, style'));
  return { tags, textLength: text.reduce((sum, node) => sum + (node.nodeValue ?? '').length, 0) };
}

/**
 * What could carry data: text and attribute values, templates included. Gmail's class names,
 * form-field names, form encodings and emptied data: URLs (`name=from`, `class=gmail_quote`, `data:image/gif,`)
 * are vocabulary that may equal a common word.
 */
function valuesOf(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      const vocabulary = name === 'class' || name === 'enctype' || (name === 'name' && /^[a-z][a-z0-9_]*$/.test(value)) || /^data:[\w/+.-]*,$/.test(value);
      if (!vocabulary) parts.push(value);
    }
    (el.localName === 'template' ? (el as HTMLTemplateElement).content : el).childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('\n');
}

function check(dir: string, index: FixtureIndex, file: string): void {
  const doc = loadPage(dir, file);
  const snapshot = censoredSnapshot(doc.body);
  expect(snapshot).not.toMatch(/<(script|style)[^>]*>[^<]/);
  const reparsed = documentOf(`<!DOCTYPE html><html><head></head>${snapshot}</html>`).body;
  const values = valuesOf(reparsed);
  const escaped = (secret: string): string => secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const leaked = secretsOf(index, file).filter((secret) => new RegExp(`(^|[^\\p{L}\\p{N}])${escaped(secret)}($|[^\\p{L}\\p{N}])`, 'u').test(values));
  expect(leaked).toEqual([]);
  // The same elements in the same order, with the same attribute names and the same amount of text.
  expect(structure(reparsed)).toEqual(structure(doc.body));
}

describe('censoredSnapshot on the project fixtures', () => {
  const index = readIndex<FixtureIndex>(OWN_DIR);
  it.each(index.files.map((f) => f.file))('%s keeps structure and no personal data', (file) => check(OWN_DIR, index, file));
});

describe('censoredSnapshot replacements', () => {
  const doc = loadPage(OWN_DIR, 'demo-mailbox.html');
  const censored = documentOf(`<!DOCTYPE html><html><head></head>${censoredSnapshot(doc.body)}</html>`);

  it('maps the same id to the same placeholder and different ids to different ones', () => {
    const rows = Array.from(censored.querySelectorAll('[data-legacy-thread-id]'));
    const originals = Array.from(doc.querySelectorAll('[data-legacy-thread-id]'));
    expect(rows).toHaveLength(originals.length);
    rows.forEach((row, i) => {
      const sameInPage = originals[i]?.getAttribute('data-legacy-thread-id') === originals[i]?.getAttribute('data-legacy-last-message-id');
      expect(row.getAttribute('data-legacy-thread-id') === row.getAttribute('data-legacy-last-message-id')).toBe(sameInPage);
      expect(row.getAttribute('data-legacy-thread-id')).toMatch(/^[0-9a-f]{16}$/);
    });
    expect(new Set(rows.map((row) => row.getAttribute('data-legacy-thread-id'))).size).toBe(rows.length);
  });

  it('maps an address the same way wherever it appears', () => {
    const sender = censored.querySelector('.yW span[email]');
    expect(sender?.getAttribute('email')).toMatch(/^person\d+@censored\.invalid$/);
    expect(sender?.getAttribute('data-hovercard-id')).toBe(sender?.getAttribute('email'));
  });

  it.each(['[role=main]', '[gh=tl]', '[gh=cm]', 'input[name=q]', 'tr.zA.zE[role=row]', 'header[role=banner] a[aria-label]'])('keeps what %s selects', (selector) => {
    expect(censored.querySelectorAll(selector).length).toBe(doc.querySelectorAll(selector).length);
    expect(censored.querySelectorAll(selector).length).toBeGreaterThan(0);
  });

  it('clears input values and keeps text length with x runs', () => {
    expect(Array.from(censored.querySelectorAll('input')).every((input) => input.getAttribute('value') === '' || !input.hasAttribute('value'))).toBe(true);
    const subject = censored.querySelector('[data-thread-id]')?.textContent ?? '';
    expect(subject).toMatch(/^[x ]+$/);
    expect(subject.length).toBe(doc.querySelector('[data-thread-id]')?.textContent?.length);
  });
});

describe.skipIf(!HAS_SHARED)('censoredSnapshot on the shared fixtures (needs ../shared)', () => {
  const index = HAS_SHARED ? readIndex<FixtureIndex>(SHARED_DIR) : { files: [], baseUrl: '', account: { email: '', name: '' } };
  it.each(index.files.map((f) => f.file))('%s keeps structure and no personal data', (file) => check(SHARED_DIR, index, file));
});
