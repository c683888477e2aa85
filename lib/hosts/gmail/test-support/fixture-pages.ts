/**
 * Loads the Gmail fixture pages into happy-dom (their scripts are not run) and replays the few
 * reactions of their FIXTURE BEHAVIOUR script that tests need: hash routing and expanding messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const SHARED_DIR = fileURLToPath(new URL('../../../../../shared/fixtures/gmail/', import.meta.url));
export const OWN_DIR = fileURLToPath(new URL('../../../../test/fixtures/gmail/', import.meta.url));
export const HAS_SHARED = existsSync(SHARED_DIR);

/**
 * A window at `url` whose document is `html`. happy-dom evaluates no scripts unless asked to, so
 * the FIXTURE BEHAVIOUR script stays inert; `document.write` parses straight into the window's
 * own document, where Range and Selection work (a DOMParser document's ranges do not).
 */
export function documentOf(html: string, url = 'https://mail.google.com/mail/u/0/#inbox'): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Parses a fixture page (the fixtures live at mail.google.com). */
export function loadPage(dir: string, file: string, url?: string): Document {
  return documentOf(readFileSync(dir + file, 'utf8'), url);
}

export function readIndex<T>(dir: string): T {
  return JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as T;
}

/** As the fixture router does on hashchange: show the thread view of `hash` (app or reading pane). */
export function showRoute(doc: Document, hash: string): boolean {
  const template = doc.querySelector<HTMLTemplateElement>(`template[data-fixture-hash="${hash}"]`);
  if (!template) return false;
  const pane = doc.querySelector('.aia .ao9');
  if (pane) {
    pane.replaceChildren(template.content.cloneNode(true));
  } else {
    const host = doc.querySelector('.aeF > .nH');
    const list = host?.querySelector<HTMLElement>('.bGI[role=main]');
    if (!host || !list) return false;
    host.querySelectorAll('[data-fixture-view]').forEach((view) => view.remove());
    const view = template.content.firstElementChild?.cloneNode(true) as Element | undefined;
    if (!view) return false;
    view.setAttribute('data-fixture-view', '');
    host.append(view);
    list.style.display = 'none';
  }
  doc.title = template.getAttribute('data-fixture-title') ?? doc.title;
  return true;
}

/** As clicking "N older messages" and then every collapsed message does. */
export function expandAllMessages(doc: Document): void {
  doc.querySelectorAll('.adx').forEach((circle) => {
    circle.closest('[role=list]')?.querySelectorAll('.kQ').forEach((item) => {
      item.classList.remove('kQ', 'adv');
      item.classList.add('kv');
    });
    circle.remove();
  });
  for (const item of Array.from(doc.querySelectorAll('[role=list] > [role=listitem].kv'))) {
    const thread = item.closest('.a98.iY');
    const threadId = thread?.querySelector('[data-legacy-thread-id]')?.getAttribute('data-legacy-thread-id');
    const index = Array.from(item.parentElement?.children ?? []).indexOf(item);
    const template = doc.querySelector<HTMLTemplateElement>(`template[data-fixture="expand:${threadId}:${index}"]`);
    const header = item.querySelector('.adf.ads');
    if (!template || !header) continue;
    header.replaceWith(template.content.cloneNode(true));
    item.classList.replace('kv', 'h7');
    item.setAttribute('aria-expanded', 'true');
  }
}
