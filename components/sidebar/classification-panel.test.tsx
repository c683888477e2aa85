// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Classification } from '../../lib/model/classification';
import { renderForTest, type Rendered } from '../shared/render-for-test';
import { ClassificationPanel } from './classification-panel';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const verdict = (over: Partial<Classification>): Classification => ({
  category: 'defect',
  confidence: 0.93,
  scores: { defect: 0.93, question: 0.05, feature_request: 0.02, licensing_sales: 0, installation_details: 0, chat_transcript: 0, phone_followup: 0, auto_reply: 0 },
  reasons: ['a stack trace', '"…the upload still fails after…"'],
  originator: 'customer',
  source: 'email',
  questionCount: 0,
  severalQuestions: false,
  ...over,
});

describe('ClassificationPanel', () => {
  it.each([
    { name: 'sure: one label, no question', given: verdict({}), label: 'Defect', unsure: null },
    {
      name: 'not sure: the question and both answers instead of one label',
      given: verdict({ confidence: 0.48, unsure: { prompt: 'not sure: defect or question?', choices: ['defect', 'question'] } }),
      label: null,
      unsure: 'not sure: defect or question?',
    },
  ])('$name', async ({ given, label, unsure }) => {
    view = await renderForTest(<ClassificationPanel classification={given} nextStep={null} onCorrect={() => undefined} />);
    expect(view.container.querySelector('[data-testid="category"]')?.textContent ?? null).toBe(label);
    expect(view.container.querySelector('[data-testid="unsure"]')?.textContent?.startsWith(unsure ?? '-') ?? null).toBe(unsure === null ? null : true);
    expect(view.text()).toContain(`${Math.round(given.confidence * 100)}% sure`);
  });

  it('one click on either answer corrects to it', async () => {
    const onCorrect = vi.fn();
    const given = verdict({ confidence: 0.5, unsure: { prompt: 'not sure: defect or question?', choices: ['defect', 'question'] } });
    view = await renderForTest(<ClassificationPanel classification={given} nextStep={null} onCorrect={onCorrect} />);
    await act(() => view!.button('Question').click());
    await act(() => view!.button('Defect').click());
    expect(onCorrect.mock.calls).toEqual([['question'], ['defect']]);
  });
});
