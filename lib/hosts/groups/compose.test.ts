// The DOM-Range path of compose.ts, in happy-dom (no execCommand there). The execCommand path,
// caret and undo in a real editor: compose.browser.test.ts.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { insertIntoGroupsReply, trackGroupsCaret } from './compose';
import { loadPage, ownFixtures, type LoadedPage } from './test-support/fixture-pages';

const EDITOR = '[role="textbox"][contenteditable="true"]';
const opened: LoadedPage[] = [];
const trackers: AbortController[] = [];
afterEach(() => trackers.splice(0).forEach((t) => t.abort()));
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

function replyOpenPage(): { doc: Document; editor: HTMLElement } {
  const page = loadPage(ownFixtures, 'conversation-reply-open.html', 'https://groups.google.com/g/ftpgate-help/c/_hB2yW7cXe1');
  opened.push(page);
  const editor = page.doc.querySelector<HTMLElement>(EDITOR);
  if (editor === null) throw new Error('fixture lost its editor');
  return { doc: page.doc, editor };
}

/** A conversation whose "Reply all" mounts the editor after `delayMs`, as the fixture script does. */
function conversationWithReplyAll(delayMs: number | null): Document {
  const page = loadPage(ownFixtures, 'app.html', 'https://groups.google.com/g/ftpgate-help', '/g/ftpgate-help/c/q9Zr-4LmT_w');
  opened.push(page);
  const doc = page.doc;
  doc.addEventListener('click', (event) => {
    const label = (event.target as Element).closest('button')?.textContent?.trim();
    if (label !== 'Reply all' || delayMs === null) return;
    const template = doc.getElementById('fx-reply-editor') as HTMLTemplateElement;
    setTimeout(() => doc.querySelector('[data-fx-composer-slot]')?.appendChild(template.content.cloneNode(true)), delayMs);
  });
  return doc;
}

function caretAt(doc: Document, node: Node, offset: number): void {
  const range = doc.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  doc.getSelection()?.removeAllRanges();
  doc.getSelection()?.addRange(range);
}

describe.skipIf(!ownFixtures.available)('insertIntoGroupsReply (DOM Range fallback)', () => {
  it('inserts at the remembered caret after the focus left the editor, keeping line breaks', async () => {
    const { doc, editor } = replyOpenPage();
    const tracker = new AbortController();
    trackers.push(tracker);
    trackGroupsCaret(doc, tracker.signal);
    editor.appendChild(doc.createTextNode('Hi Anselm,  Rafael'));
    caretAt(doc, editor.firstChild!, 'Hi Anselm, '.length);
    doc.dispatchEvent(new (doc.defaultView!.Event)('selectionchange'));
    caretAt(doc, doc.querySelector('h1')!, 0); // the sidebar took the focus
    const inputs: InputEvent[] = [];
    editor.addEventListener('input', (e) => inputs.push(e as InputEvent));

    const result = await insertIntoGroupsReply(doc, 'Publish the new key first.\nKeep both for 30 days.');

    expect(result).toEqual({ ok: true, editor: 'groups-reply', openedReply: false });
    expect(Array.from(editor.childNodes).map((n) => n.nodeName === 'BR' ? '<br>' : n.textContent)).toEqual([
      'Hi Anselm, ', 'Publish the new key first.', '<br>', 'Keep both for 30 days.', ' Rafael',
    ]);
    expect(inputs.map((e) => [e.inputType, e.data])).toEqual([['insertText', 'Publish the new key first.\nKeep both for 30 days.']]);
  });

  it('inserts at the end of the editor when no caret was remembered', async () => {
    const { doc, editor } = replyOpenPage();
    editor.appendChild(doc.createTextNode('Hi Anselm,'));
    await insertIntoGroupsReply(doc, ' see the guide.');
    expect(editor.textContent).toBe('Hi Anselm, see the guide.');
  });

  it('never types into a subject field that has the focus', async () => {
    const { doc, editor } = replyOpenPage();
    const subject = doc.createElement('input');
    subject.setAttribute('aria-label', 'Subject');
    editor.parentElement!.before(subject);
    subject.focus();
    await insertIntoGroupsReply(doc, 'Hello');
    expect(subject.value).toBe('');
    expect(editor.textContent).toBe('Hello');
  });

  it('opens the reply with the last message\'s "Reply all" and waits for the editor', async () => {
    const doc = conversationWithReplyAll(40);
    const result = await insertIntoGroupsReply(doc, 'Hi Wendell,');
    expect(result).toEqual({ ok: true, editor: 'groups-reply', openedReply: true });
    expect(doc.querySelector(EDITOR)?.textContent).toBe('Hi Wendell,');
  });

  it('gives up when no editor appears', async () => {
    const doc = conversationWithReplyAll(null);
    const result = await insertIntoGroupsReply(doc, 'Hi', { openTimeoutMs: 150 });
    expect(result).toEqual({ ok: false, reason: 'The reply editor did not open after "Reply all".' });
  });

  it('reports, not throws, when no conversation is open', async () => {
    const page = loadPage(ownFixtures, 'app.html', 'https://groups.google.com/g/ftpgate-help', '/g/ftpgate-help');
    opened.push(page);
    expect(await insertIntoGroupsReply(page.doc, 'Hi')).toEqual({ ok: false, reason: 'No open conversation with a "Reply all" button.' });
  });
});
