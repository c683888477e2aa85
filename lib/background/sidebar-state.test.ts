import { describe, expect, it } from 'vitest';
import { sampleCase, sampleSettings, sampleThread } from '../core/trac/test-samples';
import type { SupportCase } from '../model/case';
import type { ThreadSnapshot } from '../model/thread';
import { buildSidebarState } from './sidebar-state';

function state(thread: ThreadSnapshot, supportCase: SupportCase | null) {
  return buildSidebarState({
    thread,
    supportCase,
    events: [],
    classification: null,
    nextStep: null,
    templates: [],
    settings: sampleSettings(),
    linkCandidates: [],
    now: Date.UTC(2026, 11, 5, 10),
    holidays: () => false,
  });
}

const base = sampleThread();
const withLast = (body: string, email = 'dana.whitfield@harborline.example.com'): ThreadSnapshot =>
  sampleThread({ messages: [...base.messages, { ...base.messages[1]!, id: 'last', from: { name: 'Dana Whitfield', email }, body }] });

// "Thanks, you can close the case" became Question, overdue, "answer it" (issue #13).
describe('closeOffer', () => {
  it.each([
    ['a thanks on a case waiting for nothing', withLast('Thanks, works now.'), sampleCase({ awaitingSince: [], dueAt: null }), 'Dana Whitfield only thanked or confirmed closure: close the case?'],
    ['a real question is not offered', withLast('Thanks! Can you also check FTPS?'), sampleCase({ awaitingSince: [], dueAt: null }), null],
    ['a case still owing an answer is not offered', withLast('Thanks, works now.'), sampleCase(), null],
    ['a closed case is not offered', withLast('Thanks, works now.'), sampleCase({ status: 'closed', awaitingSince: [], dueAt: null }), null],
    ['our own thanks is not offered', withLast('Thanks, closing this.', 'sam.ortega@example.com'), sampleCase({ awaitingSince: [], dueAt: null }), null],
    ['no case, nothing to close', withLast('Thanks, works now.'), null, null],
  ])('%s', (_title, thread, supportCase, offer) => {
    expect(state(thread, supportCase).closeOffer).toBe(offer);
  });
});

describe('hostHints', () => {
  it("words the Groups Collaborative Inbox's suggestions; none without one", () => {
    const collaborative = { assigneeName: 'Sam Ortega', assigneeEmail: 'sam.ortega@example.com', resolution: 'duplicate' as const };
    expect(state(sampleThread({ collaborative }), sampleCase()).hostHints?.map((h) => h.button)).toEqual(['Make Sam Ortega the owner', 'Close the case']);
    expect(state(sampleThread({ collaborative: null }), sampleCase()).hostHints).toEqual([]);
  });
});
