import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult } from '../host-adapter';
import { OWN_DIR, readIndex } from './test-support/fixture-pages';
import type { FixtureIndex } from './test-support/ground-truth';

// execCommand, undo and real carets only exist in a browser: this runs compose.ts in Chromium
// against the project's fixture pages, served as Gmail would be (same URL, Trusted Types enforced).
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CSP = "require-trusted-types-for 'script'; trusted-types fixture-html";
const index = readIndex<FixtureIndex>(OWN_DIR);
const inlineReply = index.files.find((file) => file.file === 'thread-inline-reply.html');
const demoThread = Object.keys(index.files.find((file) => file.file === 'demo-mailbox.html')?.groundTruth.routes ?? {})[0];
const EDITOR = '[g_editable=true][role=textbox]';

interface Outcome {
  result: InsertResult;
  inputs: string[];
  /** Text of each line (child of the editor) above the signature; '' for a blank line. */
  lines: string[];
  signatureIntact: boolean;
  textAboveSignature: boolean;
}

declare global {
  interface Window {
    casebookCompose: typeof import('./compose');
  }
}

describe.skipIf(!existsSync(CHROMIUM))('insertIntoGmailReply in Chromium (needs /usr/bin/chromium)', () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    const entry = fileURLToPath(new URL('./compose.ts', import.meta.url));
    const built = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: 'casebookCompose', target: 'chrome120', logLevel: 'silent' });
    bundle = built.outputFiles[0]?.text ?? '';
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 15_000);

  afterAll(async () => {
    await browser?.close();
  });

  const pageErrors = new Map<Page, string[]>();

  /** Closes the page and checks that neither the fixture script nor our code threw (Trusted Types included). */
  async function close(page: Page): Promise<void> {
    expect(pageErrors.get(page)).toEqual([]);
    await page.close();
  }

  async function open(file: string, hash: string): Promise<Page> {
    const page = await browser.newPage();
    const errors: string[] = [];
    pageErrors.set(page, errors);
    page.on('pageerror', (error) => errors.push(error.message));
    const html = readFileSync(OWN_DIR + file, 'utf8');
    await page.route('https://mail.google.com/mail/u/0/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body: html }));
    await page.goto(index.baseUrl + hash);
    // Not addScriptTag: with Trusted Types enforced a script element's text needs a TrustedScript.
    // DevTools evaluation is exempt, as a content script is; the code then runs under enforcement.
    await page.evaluate(`${bundle};window.casebookCompose = casebookCompose;`);
    return page;
  }

  /** Inserts `text` in the page and reports what a user would see. */
  function insert(page: Page, text: string): Promise<Outcome> {
    return page.evaluate(async ([text, selector]) => {
      const inputs: string[] = [];
      document.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType), true);
      const signatureBefore = document.querySelector(`${selector} .gmail_signature`)?.outerHTML ?? null;
      const result = await window.casebookCompose.insertIntoGmailReply(document, text);
      const editor = document.querySelector<HTMLElement>(`.ip.adB ${selector}`);
      const prefix = editor?.querySelector('.gmail_signature_prefix');
      const firstLine = text.split('\n')[0] ?? '';
      const walker = document.createTreeWalker(editor ?? document.body, NodeFilter.SHOW_TEXT);
      let above = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.includes(firstLine) && prefix) above = (node.compareDocumentPosition(prefix) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      }
      return {
        result,
        inputs,
        lines: Array.from(editor?.childNodes ?? [])
          .filter((node) => prefix && (node.compareDocumentPosition(prefix) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
          .map((node) => node.textContent ?? ''),
        signatureIntact: signatureBefore === null || editor?.querySelector('.gmail_signature')?.outerHTML === signatureBefore,
        textAboveSignature: above,
      };
    }, [text, EDITOR] as const);
  }

  const editorText = (page: Page): Promise<string> => page.locator(`.ip.adB ${EDITOR}`).innerText();

  it.each([
    ['one line', 'Could you send the debug log of one failing upload?'],
    ['several lines', 'Hi Kofi,\n\nplease raise ChecksumTimeout to 900 seconds.\nBest regards'],
  ])('types %s above the signature at the caret Gmail left at the start', async (_what, text) => {
    const page = await open('thread-inline-reply.html', inlineReply?.hash ?? '');
    const outcome = await insert(page, text);
    expect(outcome.result).toEqual({ ok: true, editor: 'inline-reply', openedReply: false });
    expect(outcome.inputs).toContain('insertText');
    expect(outcome.signatureIntact).toBe(true);
    expect(outcome.textAboveSignature).toBe(true);
    // Chromium turns each "\n" into a new <div> line, as Gmail's own typing does; the two blank
    // lines Gmail keeps above "-- " stay.
    expect(outcome.lines).toEqual([...text.split('\n'), '', '']);
    await close(page);
  });

  it('is undone by Ctrl+Z like typing', async () => {
    const page = await open('thread-inline-reply.html', inlineReply?.hash ?? '');
    const before = await editorText(page);
    await insert(page, 'First line\nSecond line');
    expect(await editorText(page)).toContain('Second line');
    await page.keyboard.press('Control+z');
    expect(await editorText(page)).toBe(before);
    await close(page);
  });

  it('leaves the editor\'s style attribute exactly as it found it', async () => {
    const page = await open('thread-inline-reply.html', inlineReply?.hash ?? '');
    const styleOf = () => page.locator(`.ip.adB ${EDITOR}`).evaluate((editor) => editor.getAttribute('style'));
    const before = await styleOf();
    await insert(page, 'First line\nSecond line');
    expect(await styleOf()).toBe(before);
    await page.locator(`.ip.adB ${EDITOR}`).evaluate((editor) => editor.setAttribute('style', 'min-height: 120px; color: rgb(34, 34, 34)'));
    await insert(page, 'Third line\nFourth line');
    expect(await styleOf()).toBe('min-height: 120px; color: rgb(34, 34, 34)');
    await close(page);
  });

  it('a long template grows the editor and leaves its last line in view', async () => {
    const page = await open('thread-inline-reply.html', inlineReply?.hash ?? '');
    await page.setViewportSize({ width: 1200, height: 500 });
    const heightBefore = await page.locator(`.ip.adB ${EDITOR}`).evaluate((editor) => editor.getBoundingClientRect().height);
    const lines = Array.from({ length: 60 }, (_, i) => `Step ${i + 1} of the procedure`);
    await insert(page, lines.join('\n'));
    const after = await page.evaluate((selector) => {
      const editor = document.querySelector(`.ip.adB ${selector}`) as HTMLElement;
      const node = getSelection()?.focusNode;
      const caretLine = (node?.nodeType === 1 ? node : node?.parentElement) as Element;
      const box = caretLine.getBoundingClientRect();
      return { height: editor.getBoundingClientRect().height, caretText: caretLine.textContent, top: box.top, bottom: box.bottom, viewport: innerHeight };
    }, EDITOR);
    expect(after.height).toBeGreaterThan(heightBefore + 500);
    expect(after.caretText).toContain('Step 60 of the procedure');
    expect(after.top).toBeGreaterThanOrEqual(0);
    expect(after.bottom).toBeLessThanOrEqual(after.viewport + 1); // sub-pixel line boxes
    await close(page);
  });

  it('keeps the caret the user left when the sidebar took focus', async () => {
    const page = await open('thread-inline-reply.html', inlineReply?.hash ?? '');
    await page.evaluate(() => window.casebookCompose.trackGmailCaret(document, new AbortController().signal));
    await page.keyboard.type('Hi Kofi, ');
    await page.locator('h2[data-legacy-thread-id]').click({ clickCount: 3 }); // selects the subject instead
    const outcome = await insert(page, 'the fix is in 5.1.1.');
    expect(outcome.lines[0]).toBe('Hi Kofi, the fix is in 5.1.1.');
    expect(outcome.signatureIntact).toBe(true);
    await close(page);
  });

  it('clicks Reply and waits for the editor when no reply is open', async () => {
    const page = await open('demo-mailbox.html', demoThread ?? '');
    expect(await page.locator(EDITOR).count()).toBe(0);
    const outcome = await insert(page, 'Thanks, we are looking into it.\nLena');
    expect(outcome.result).toEqual({ ok: true, editor: 'inline-reply', openedReply: true });
    expect(outcome.textAboveSignature).toBe(true);
    expect(outcome.lines).toEqual(['Thanks, we are looking into it.', 'Lena', '', '']);
    await close(page);
  });
});
