// Test-only: a happy-dom document from an HTML snippet (scripts are not run).
import { Window } from 'happy-dom';

export interface SnippetDocument {
  readonly doc: Document;
  /** The first element of the snippet's body. */
  readonly root: Element;
  close(): Promise<void>;
}

export function htmlDocument(bodyHtml: string, url = 'https://groups.google.com/g/ftpgate-help/c/q9Zr-4LmT_w'): SnippetDocument {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.write(`<!DOCTYPE html><html><head><title>t</title></head><body>${bodyHtml}</body></html>`);
  const root = doc.body.firstElementChild;
  if (root === null) throw new Error('empty snippet');
  return { doc, root, close: () => window.happyDOM.close() };
}
