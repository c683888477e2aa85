import { afterAll, describe, expect, it } from 'vitest';
import { findMessageItems } from './conversation-root';
import { findReplyAllButton, findReplyEditor } from './reply-editor';
import { htmlDocument, type SnippetDocument } from './test-support/html-document';

const opened: SnippetDocument[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

function conversation(lastMessageExtras: string, after = ''): Document {
  const message = (body: string, extras: string): string =>
    `<section role="listitem"><h3>Keiko</h3><div role="button" aria-haspopup="true">⋮</div><div role="region" aria-labelledby="c1">${body}</div>${extras}</section>`;
  const snippet = htmlDocument(
    `<div role="main"><div class="root"><h1>Subject</h1><div role="list">${message('first', '<button>Reply all</button>')}${message('last <div role="button" aria-expanded="false">…</div>', lastMessageExtras)}</div>${after}</div></div>`,
  );
  opened.push(snippet);
  return snippet.doc;
}

function labelOfReplyAll(doc: Document): string | null {
  const button = findReplyAllButton(doc, findMessageItems(doc));
  return button === null ? null : (button.getAttribute('data-name') ?? button.textContent);
}

describe('findReplyAllButton', () => {
  it.each<[string, string, string | null]>([
    ['English labels, in help-page order', '<button>Reply all</button><button>Reply to author</button><button>Forward</button>', 'Reply all'],
    ['English label wins over position', '<button>Forward</button><button>Reply all</button>', 'Reply all'],
    ['another language: the first button after the body', '<button data-name="first">Allen antworten</button><button>Dem Autor antworten</button>', 'first'],
    ['aria-label only', '<div role="button" aria-label="Reply all" data-name="icon"></div>', 'icon'],
    ['a hidden button is not clicked', '<button hidden>Reply all</button><button data-name="visible">Répondre à tous</button>', 'visible'],
    ['no buttons under the last message', '', null],
  ])('%s', (_name, extras, expected) => {
    expect(labelOfReplyAll(conversation(extras))).toBe(expected);
  });
});

describe('findReplyEditor', () => {
  it.each<[string, string, boolean]>([
    ['an editor in the conversation', '<div role="textbox" contenteditable="true"></div>', true],
    ['contenteditable="false" is not an editor', '<div role="textbox" contenteditable="false"></div>', false],
    ['a subject input is not an editor', '<input type="text" aria-label="Subject">', false],
    ['a closed (hidden) composer', '<div hidden><div role="textbox" contenteditable="true"></div></div>', false],
  ])('%s', (_name, after, found) => {
    expect(findReplyEditor(conversation('', after)) !== null).toBe(found);
  });

  it('returns null when no conversation is open', () => {
    const snippet = htmlDocument('<div role="main"><div role="textbox" contenteditable="true"></div></div>');
    opened.push(snippet);
    expect(findReplyEditor(snippet.doc)).toBeNull();
  });
});
