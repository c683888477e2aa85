import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoGmailReply, trackGmailCaret } from './compose';
import { openReplyEditor } from './open-reply';
import { renderedText } from './rendered-text';
import { loadPage, OWN_DIR, readIndex, showRoute } from './test-support/fixture-pages';
import type { FixtureIndex } from './test-support/ground-truth';

// happy-dom has no execCommand: these tests cover choice of editor, caret and the Range fallback.
// compose.browser.test.ts checks the execCommand path in Chromium.
const index = readIndex<FixtureIndex>(OWN_DIR);
const demoThreads = Object.keys(index.files.find((f) => f.file === 'demo-mailbox.html')?.groundTruth.routes ?? {});
const EDITOR = '[g_editable=true][role=textbox]';

const SIGNATURE_TEXT = '--\nLena Marquardt\nFTPGate Helpdesk · Northwind Transfer Systems\nwww.example.net/ftpgate/help';

function editorText(editor: Element | null): string {
  return editor ? renderedText(editor) : '';
}

/** Whether the text node holding `text` comes before the signature's "-- " in the editor. */
function isAboveSignature(editor: Element | null, text: string): boolean {
  const prefix = editor?.querySelector('.gmail_signature_prefix');
  const walker = editor?.ownerDocument.createTreeWalker(editor, 4);
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    if (node.nodeValue?.includes(text)) return prefix !== null && prefix !== undefined && (node.compareDocumentPosition(prefix) & 4) !== 0;
  }
  return false;
}

/** Emulates Gmail: clicking Reply clones the inline reply into the last message a moment later. */
function gmailOpensReplyOnClick(doc: Document, delayMs: number): void {
  doc.addEventListener('click', (event) => {
    const control = (event.target as Element).closest('.ams.bkH, [role=button].aaq');
    const ip = control?.closest('.a98.iY')?.querySelector('.ip.iq');
    const template = doc.querySelector<HTMLTemplateElement>('template[data-fixture="inline-reply"]');
    if (!ip || !template) return;
    setTimeout(() => {
      ip.replaceChildren(template.content.cloneNode(true));
      ip.classList.replace('iq', 'adB');
    }, delayMs);
  });
}

const controllers: AbortController[] = [];
afterEach(() => controllers.splice(0).forEach((c) => c.abort()));

describe('insertIntoGmailReply (Range fallback)', () => {
  it.each([
    ['one line', 'Could you send the debug log?', ['Could you send the debug log?']],
    ['several lines', 'Hi Kofi,\n\nplease set ChecksumTimeout=900.\nRegards', ['Hi Kofi,', '', 'please set ChecksumTimeout=900.', 'Regards']],
    ['Windows line ends', 'first\r\nsecond', ['first', 'second']],
  ])('inserts %s above the signature of the open inline reply', async (_what, text, lines) => {
    const doc = loadPage(OWN_DIR, 'thread-inline-reply.html');
    const editor = doc.querySelector(EDITOR);
    const signature = editor?.querySelector('.gmail_signature')?.outerHTML;
    const inputs: string[] = [];
    editor?.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));

    const result = await insertIntoGmailReply(doc, text);

    expect(result).toEqual({ ok: true, editor: 'inline-reply', openedReply: false });
    expect(inputs).toEqual(['insertText']);
    expect(editorText(editor)).toBe(`${lines.join('\n')}\n\n${SIGNATURE_TEXT}`);
    expect(isAboveSignature(editor, lines[lines.length - 1] ?? '?')).toBe(true);
    expect(editor?.querySelector('.gmail_signature')?.outerHTML).toBe(signature);
    expect(doc.querySelector('input[name=subjectbox]')?.getAttribute('value')).toMatch(/^Re: /);
  });

  it('uses the caret remembered by trackGmailCaret after focus moved away', async () => {
    const doc = loadPage(OWN_DIR, 'thread-inline-reply.html');
    const controller = new AbortController();
    controllers.push(controller);
    trackGmailCaret(doc, controller.signal);
    const editor = doc.querySelector(EDITOR);
    const firstLine = editor?.firstElementChild;
    firstLine?.replaceChildren(doc.createTextNode('Hi Kofi, '));
    const caret = doc.createRange();
    caret.setStart(firstLine?.firstChild as Node, 'Hi Kofi, '.length);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(caret);
    editor?.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).KeyboardEvent('keyup', { bubbles: true }));
    doc.getSelection()?.selectAllChildren(doc.querySelector('h2') as Node); // the user clicked elsewhere

    await insertIntoGmailReply(doc, 'thanks.');
    expect(editorText(editor).split('\n')[0]).toBe('Hi Kofi, thanks.');
  });

  it('picks the pop-out when no inline reply is open', async () => {
    const doc = loadPage(OWN_DIR, 'demo-mailbox.html');
    const template = doc.querySelector<HTMLTemplateElement>('template[data-fixture="popout-compose"]');
    doc.querySelector('.dw .AD')?.append(template?.content.cloneNode(true) as Node);
    const result = await insertIntoGmailReply(doc, 'Hello from the helpdesk');
    expect(result).toEqual({ ok: true, editor: 'popout', openedReply: false });
    expect(editorText(doc.querySelector(`.dw ${EDITOR}`))).toBe('Hello from the helpdesk');
  });

  it.each(demoThreads.slice(0, 3))('opens a reply first when none is open (%s)', async (hash) => {
    const doc = loadPage(OWN_DIR, 'demo-mailbox.html', index.baseUrl + hash);
    showRoute(doc, hash);
    gmailOpensReplyOnClick(doc, 30);
    const result = await insertIntoGmailReply(doc, 'Thanks for the details.');
    expect(result).toEqual({ ok: true, editor: 'inline-reply', openedReply: true });
    const editor = doc.querySelector(`.ip.adB ${EDITOR}`);
    expect(editorText(editor)).toBe(`Thanks for the details.\n\n${SIGNATURE_TEXT}`);
    expect(isAboveSignature(editor, 'Thanks for the details.')).toBe(true);
  });

  it('fails with a reason when there is no conversation to reply to', async () => {
    const result = await insertIntoGmailReply(loadPage(OWN_DIR, 'demo-mailbox.html'), 'text');
    expect(result.ok).toBe(false);
  });

  it('gives up waiting when Reply never opens an editor', async () => {
    const doc = loadPage(OWN_DIR, 'demo-mailbox.html', index.baseUrl + demoThreads[0]);
    showRoute(doc, demoThreads[0] ?? '');
    const started = Date.now();
    expect(await openReplyEditor(doc, 150)).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
