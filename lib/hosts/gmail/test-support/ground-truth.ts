/** Shape of a fixture set's index.json (shared and own use the same fields; own adds `body`). */
export interface MessageTruth {
  state: 'expanded' | 'collapsed' | 'hidden';
  senderName: string;
  senderEmail: string;
  date: { title: string; display: string };
  messageId: string;
  syncMessageId: string;
  idsInDomBeforeExpand: boolean;
  snippet: string | null;
  body80: string;
  /** Own fixtures: the exact text a reader should return. */
  body?: string;
}

export interface ComposeTruth {
  open: boolean;
  kind?: 'inline-reply' | 'popout';
  editorSelector?: string;
  signatureText?: string;
}

export interface ThreadTruth {
  threadId: string;
  threadPermId: string;
  urlToken: string;
  subject: string;
  messages: MessageTruth[];
  accountEmail?: string;
  compose?: ComposeTruth;
  messageCount?: number;
  hiddenCount?: number;
  readableMessages?: MessageTruth[];
  expectedProblemSelectors?: string[];
}

export interface RowTruth {
  threadId: string;
  subject: string;
  unread: boolean;
  lastSenderEmail?: string;
  hash?: string;
}

export interface RouteTruth extends Partial<ThreadTruth> {
  threadId: string;
  subject: string;
  title?: string;
}

export interface FileTruth {
  file: string;
  view: string;
  url: string;
  hash: string;
  title: string;
  groundTruth: Partial<ThreadTruth> & { accountEmail?: string; rows?: RowTruth[]; routes?: Record<string, RouteTruth>; compose?: ComposeTruth };
  routes?: Record<string, RouteTruth>;
}

export interface FixtureIndex {
  baseUrl: string;
  account: { email: string; name: string };
  files: FileTruth[];
}

const isFullThread = (truth: Partial<ThreadTruth> | undefined): truth is ThreadTruth =>
  truth !== undefined && typeof truth.threadId === 'string' && Array.isArray(truth.messages) && truth.expectedProblemSelectors === undefined;

export interface ThreadCase {
  name: string;
  file: string;
  /** Hash to show with the fixture router first (app / reading-pane pages), else null. */
  route: string | null;
  url: string;
  truth: ThreadTruth;
}

/** Every fully described thread view of an index: single-thread pages and routed views. */
export function threadCases(index: FixtureIndex): ThreadCase[] {
  const cases: ThreadCase[] = [];
  for (const file of index.files) {
    if (isFullThread(file.groundTruth)) cases.push({ name: file.file, file: file.file, route: null, url: file.url, truth: file.groundTruth });
    const routes = { ...file.routes, ...file.groundTruth.routes };
    for (const [hash, route] of Object.entries(routes)) {
      if (!isFullThread(route) || (file.url.endsWith(hash) && isFullThread(file.groundTruth))) continue;
      cases.push({ name: `${file.file} ${hash}`, file: file.file, route: hash, url: index.baseUrl + hash, truth: route });
    }
  }
  return cases;
}

/** Routed views described only by id and subject (the reading-pane page). */
export function routeStubs(index: FixtureIndex): Array<{ name: string; file: string; hash: string; url: string; truth: RouteTruth }> {
  return index.files.flatMap((file) =>
    Object.entries(file.routes ?? {})
      .filter(([, route]) => typeof route.threadId === 'string' && !isFullThread(route))
      .map(([hash, truth]) => ({ name: `${file.file} ${hash}`, file: file.file, hash, url: index.baseUrl + hash, truth })));
}
