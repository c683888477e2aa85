import { afterAll, describe, expect, it } from 'vitest';
import type { CollaborativeState } from '../../model/thread';
import { readCollaborativeState } from './collaborative';
import { htmlDocument, type SnippetDocument } from './test-support/html-document';

const opened: SnippetDocument[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

const toolbar = (pressed = ''): string =>
  `<div role="toolbar" aria-label="Conversation actions"><div role="button" aria-label="Take"></div>${pressed}</div>`;
const messages = '<div role="list"><section role="listitem"><h3>Keiko Tanabe</h3></section></div>';

function stateOf(barHtml: string): CollaborativeState | null {
  const snippet = htmlDocument(`<div class="RBM0ic"><h1>Subject</h1>${barHtml}${messages}</div>`);
  opened.push(snippet);
  return readCollaborativeState(snippet.root);
}

describe('readCollaborativeState', () => {
  it.each<[string, string, CollaborativeState | null]>([
    ['no toolbar: not a collaborative inbox', '', null],
    ['toolbar only: unassigned, unresolved', `<div>${toolbar()}<div>Unassigned</div></div>`, { assigneeName: null, assigneeEmail: null, resolution: null }],
    [
      'hovercard assignee and a chip',
      `<div>${toolbar()}<div>Assigned to <span data-hovercard-id="priya.raman@ftpgate.example.com">Priya Raman</span></div><div title="Marked complete by Priya Raman">Complete</div></div>`,
      { assigneeName: 'Priya Raman', assigneeEmail: 'priya.raman@ftpgate.example.com', resolution: 'complete' },
    ],
    [
      'hovercard id that is not an address',
      `<div>${toolbar()}<div>Assigned to <span data-hovercard-id="108234761">Priya Raman</span></div></div>`,
      { assigneeName: 'Priya Raman', assigneeEmail: null, resolution: null },
    ],
    [
      'assignee from the English text when no hovercard',
      `<div>${toolbar()}<div>Assigned to Rafael Ortiz</div><div>Duplicate</div></div>`,
      { assigneeName: 'Rafael Ortiz', assigneeEmail: null, resolution: 'duplicate' },
    ],
    [
      'resolution from a pressed toggle when no chip',
      `<div>${toolbar('<div role="button" aria-label="Mark as action needed" aria-pressed="true"></div>')}</div>`,
      { assigneeName: null, assigneeEmail: null, resolution: 'no_action_needed' },
    ],
    [
      'an unpressed toggle says nothing',
      `<div>${toolbar('<div role="button" aria-label="Mark as complete" aria-pressed="false"></div>')}</div>`,
      { assigneeName: null, assigneeEmail: null, resolution: null },
    ],
    [
      "the reply editor's formatting toolbar is not the bar",
      '<div class="composer"><div role="textbox" contenteditable="true"></div><div role="toolbar" aria-label="Formatting options"></div></div>',
      null,
    ],
    ['a hidden bar is ignored', `<div hidden>${toolbar()}<div>Complete</div></div>`, null],
  ])('%s', (_name, barHtml, expected) => {
    expect(stateOf(barHtml)).toEqual(expected);
  });

  it('ignores a toolbar inside a message', () => {
    const snippet = htmlDocument(`<div><h1>S</h1><div role="list"><section role="listitem"><div>${toolbar()}<div>Complete</div></div></section></div></div>`);
    opened.push(snippet);
    expect(readCollaborativeState(snippet.root)).toBeNull();
  });
});
