// Test-only: loads the Groups fixture pages into happy-dom without running their scripts, and
// reads the ground truth of their index.json.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export interface FixtureSet {
  /** "shared" = ../shared/fixtures/groups (absent in a user's clone), "own" = test/fixtures/groups. */
  readonly name: 'shared' | 'own';
  readonly dir: string;
  readonly available: boolean;
}

const OWN_DIR = fileURLToPath(new URL('../../../../test/fixtures/groups/', import.meta.url));
const SHARED_DIR = fileURLToPath(new URL('../../../../../shared/fixtures/groups/', import.meta.url));

export const ownFixtures: FixtureSet = { name: 'own', dir: OWN_DIR, available: existsSync(OWN_DIR) };
export const sharedFixtures: FixtureSet = { name: 'shared', dir: SHARED_DIR, available: existsSync(SHARED_DIR) };

export interface MessageTruth {
  messageId: string | null;
  authorName: string;
  authorEmail: string | null;
  dateText: string | null;
  bodyStart: string;
  /** Only in the own set: the whole expected body. */
  body?: string;
}

export interface CollaborativeTruth {
  assigneeName: string | null;
  assigneeEmail: string | null;
  resolution: 'complete' | 'duplicate' | 'no_action_needed' | null;
}

export interface ConversationTruth {
  view: 'conversation';
  group: string;
  domain: string | null;
  groupEmail: string;
  topicId: string;
  subject: string;
  messages: MessageTruth[];
  replyEditorOpen: boolean;
  collaborativeInbox: CollaborativeTruth | null;
  /** Only in the own set's degraded page. */
  problems?: string[];
}

export interface RowTruth {
  topicId: string;
  subject: string;
  unread: boolean;
  /** Only in the own set. */
  lastSenderEmail?: string | null;
}

export interface ListTruth {
  view: 'list';
  group: string;
  rows: RowTruth[];
}

export type PageTruth = ConversationTruth | ListTruth;

export interface FixturePage {
  file: string;
  url: string;
  spa?: boolean;
  truth: PageTruth;
  states?: { path: string; truth: PageTruth }[];
}

/** The pages of a fixture set's index.json. */
export function readIndex(set: FixtureSet): FixturePage[] {
  const index = JSON.parse(readFileSync(`${set.dir}index.json`, 'utf8')) as { pages: FixturePage[] };
  return index.pages;
}

export interface LoadedPage {
  readonly doc: Document;
  readonly url: URL;
  close(): Promise<void>;
}

/**
 * Loads `file` as if served at `url`. For an SPA page, `path` swaps in the view its router
 * would render (fixture templates `fx-view-list` / `fx-view-c-<topic>`), since happy-dom does
 * not run page scripts. `edit` changes the page's HTML first (tests of hostile mail).
 */
export function loadPage(set: FixtureSet, file: string, url: string, path?: string, edit: (html: string) => string = (html) => html): LoadedPage {
  const window = new Window({ url: path === undefined ? url : new URL(path, url).href });
  const doc = window.document as unknown as Document;
  doc.write(edit(readFileSync(`${set.dir}${file}`, 'utf8')));
  if (path !== undefined) showAppView(doc, path);
  return { doc, url: new URL(window.location.href), close: () => window.happyDOM.close() };
}

function showAppView(doc: Document, path: string): void {
  const topic = /\/c\/([A-Za-z0-9_-]+)/.exec(path)?.[1];
  const template = doc.getElementById(topic === undefined ? 'fx-view-list' : `fx-view-c-${topic}`);
  const main = doc.querySelector('[role="main"]');
  if (template?.tagName !== 'TEMPLATE' || !main) throw new Error(`fixture has no view for ${path}`);
  main.replaceChildren((template as HTMLTemplateElement).content.cloneNode(true));
  doc.title = template.getAttribute('data-fx-title') ?? doc.title;
}

/** Every page (and SPA view) of a set as [key, file, url, path?], keyed like selector expectations. */
export function pageKeys(set: FixtureSet): [string, string, string, string | undefined][] {
  return readIndex(set).flatMap((page): [string, string, string, string | undefined][] =>
    page.spa && page.states
      ? page.states.map((s) => [`${set.name}:${page.file}#${s.path}`, page.file, page.url, s.path])
      : [[`${set.name}:${page.file}`, page.file, page.url, undefined]],
  );
}
