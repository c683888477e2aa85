// The adaptation loop of `npm run bench:classifier` (and its CI test on a small sample): a team's
// one-click corrections go through the background's classifier service, exactly as the sidebar's
// do (correction built from the thread, stored in IndexedDB, the in-memory index and team model
// updated), and the next threads are classified by the same service.
import { IDBFactory } from 'fake-indexeddb';
import { createClassifierService } from '../lib/background/classifier-service';
import type { ClassifierModel } from '../lib/core/classifier/model';
import { classifyText, type ClassifierContext } from '../lib/core/classifier/classify';
import { emptyCorrectionIndex } from '../lib/core/classifier/corrections';
import { macroF1 } from '../lib/core/classifier/training/evaluation';
import type { NlbseExample } from '../lib/core/classifier/training/nlbse';
import { defaultTrainSettings, trainModel, type TrainSettings } from '../lib/core/classifier/training/train-model';
import { openTestDb } from '../lib/db/test-db';
import type { Category } from '../lib/model/classification';
import { defaultSettings } from '../lib/model/settings';
import type { ThreadSnapshot } from '../lib/model/thread';

export type DatedExample = NlbseExample;

export type CorrectionOrder = 'time within each label' | 'time';

/**
 * The order in which a repository's rows become corrections. "time": as created. "time within
 * each label": oldest first within each label, labels taking turns, because the corpus was
 * collected per label over different periods (facebook/react's 200 oldest rows hold 3 bugs,
 * its 100 newest 97): in plain time order the first corrections teach two labels and the rows
 * left to score are almost all the third.
 */
export function correctionOrder(rows: DatedExample[], order: CorrectionOrder): number[] {
  const byTime = rows.map((_, i) => i).sort((a, b) => compare(rows[a]?.at ?? '', rows[b]?.at ?? '') || a - b);
  if (order === 'time') return byTime;
  const queues = new Map<number, number[]>();
  for (const i of byTime) queues.set(rows[i]?.label ?? 0, [...(queues.get(rows[i]?.label ?? 0) ?? []), i]);
  const labels = [...queues.keys()].sort((a, b) => a - b);
  const out: number[] = [];
  for (let turn = 0; out.length < rows.length; turn++) for (const label of labels) {
    const next = queues.get(label)?.[turn];
    if (next !== undefined) out.push(next);
  }
  return out;
}

/**
 * Macro-F1 on the scored rows, and on its two halves: "dev" (even positions in the order) is the
 * half settings were tuned on, "test" (odd positions) the half kept for the figure reported.
 */
export interface Scores {
  all: number;
  dev: number;
  test: number;
}

export interface CurvePoint {
  k: number;
  /** The shipped-style model trained on the other repositories, with k corrections taught. */
  adapted: Scores;
  /** The same model, no corrections (k = 0's value, repeated for reading). */
  base: Scores;
  /** A model trained only on the k corrected rows (NaN at k = 0). */
  correctionsOnly: Scores;
}

const NONE: Scores = { all: Number.NaN, dev: Number.NaN, test: Number.NaN };

/**
 * Teaches `base` the first k rows of `order` as corrections (for each k, cumulatively) and
 * scores macro-F1 on the rows after the largest k, so every point is scored on the same rows.
 */
export async function adaptationCurve(base: ClassifierModel, rows: DatedExample[], order: number[], ks: number[], train: TrainSettings = defaultTrainSettings): Promise<CurvePoint[]> {
  const labels = train.labels;
  const held = order.slice(Math.max(...ks));
  const truth = held.map((i) => rows[i]?.label ?? 0);
  let clock = 0;
  let ids = 0;
  const service = createClassifierService(
    { db: openTestDb(new IDBFactory()), now: () => ++clock, newId: () => `c${++ids}`, settings: async () => defaultSettings, holidays: () => () => false },
    async () => base,
  );
  const score = async (): Promise<Scores> => {
    const predicted: number[] = [];
    for (const i of held) predicted.push(labels.indexOf((await service.classify(threadOf(rows[i]!, i), defaultSettings)).category));
    return scoresOf(truth, predicted, labels.length);
  };
  const baseScore = await score();
  const points: CurvePoint[] = [];
  let taught = 0;
  for (const k of ks) {
    for (; taught < k; taught++) {
      const i = order[taught]!;
      await service.correct(threadOf(rows[i]!, i), `case-${i}`, labels[rows[i]!.label]!, defaultSettings);
    }
    const adapted = k === 0 ? baseScore : await score();
    points.push({ k, adapted, base: baseScore, correctionsOnly: k === 0 ? NONE : correctionsOnlyScore(rows, order.slice(0, k), held, truth, train) });
  }
  return points;
}

function scoresOf(truth: number[], predicted: number[], classes: number): Scores {
  const half = (parity: number): number => {
    const at = truth.flatMap((_, i) => (i % 2 === parity ? [i] : []));
    return macroF1(at.map((i) => truth[i]!), at.map((i) => predicted[i]!), classes);
  };
  return { all: macroF1(truth, predicted, classes), dev: half(0), test: half(1) };
}

/** A model trained only on the taught rows (same features, learner and pipeline), scored on `held`. */
function correctionsOnlyScore(rows: DatedExample[], taught: number[], held: number[], truth: number[], train: TrainSettings): Scores {
  const examples = taught.map((i) => ({ ...rows[i]!, stratum: String(rows[i]!.label) }));
  const innerFolds = Math.max(2, Math.min(train.innerFolds, Math.floor(examples.length / 3)));
  const model = trainModel(examples, { ...train, innerFolds }).model;
  const ctx: ClassifierContext = { settings: defaultSettings, model, corrections: emptyCorrectionIndex };
  const predicted = held.map((i) => train.labels.indexOf(classifyText({ subject: rows[i]!.title, body: rows[i]!.body, from: CUSTOMER }, ctx).category as Category));
  return scoresOf(truth, predicted, train.labels.length);
}

const CUSTOMER = 'reporter@customer.example';

/** A one-message thread as the sidebar would send it. */
function threadOf(row: DatedExample, i: number): ThreadSnapshot {
  return {
    host: 'gmail',
    account: 'support@example.com',
    threadId: `row${i}`,
    permId: null,
    group: null,
    subject: row.title,
    url: `https://mail.google.com/mail/u/0/#inbox/row${i}`,
    messages: [{ id: null, syncId: null, from: { name: 'Reporter', email: CUSTOMER }, sentAt: 0, dateText: '', body: row.body, state: 'expanded' }],
    messageCount: 1,
    replyOpen: false,
    collaborative: null,
    problems: [],
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
