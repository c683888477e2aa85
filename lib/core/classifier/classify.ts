import type { Classification, ClassifierCorrection, Category } from '../../model/classification';
import type { Settings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import { storedFeatures, storedPrior, type CorrectionIndex } from './corrections';
import { correctionView, decide, type Decision } from './decide';
import type { ClassifierModel } from './model';
import { decideOriginator } from './originator';
import { countQuestions } from './questions';
import { readText, readThread } from './reading';
import { detectSource, sourceOf } from './source';

export interface ClassifierContext {
  settings: Settings;
  model: ClassifierModel;
  corrections: CorrectionIndex;
}

/** The whole verdict on a thread: category, originator, source, questions. */
export function classifyThread(thread: ThreadSnapshot, ctx: ClassifierContext): Classification {
  const reading = readThread(thread, ctx.settings);
  const starter = thread.messages[0]?.from.email ?? reading.from;
  const questionCount = countQuestions(reading.latest);
  return {
    ...decide(reading, ctx.model, ctx.corrections),
    originator: decideOriginator(starter, ctx.settings),
    source: detectSource(thread),
    questionCount,
    severalQuestions: questionCount > 1,
  };
}

export interface TextMessage {
  subject: string;
  body: string;
  from: string;
}

/** One message on its own (the command-line classifier and the benchmark use this). */
export function classifyText(message: TextMessage, ctx: ClassifierContext): Classification {
  const reading = readText(message);
  const questionCount = countQuestions(reading.latest);
  return {
    ...decide(reading, ctx.model, ctx.corrections),
    originator: decideOriginator(message.from, ctx.settings),
    source: sourceOf({ subject: message.subject, from: message.from, text: reading.latest }),
    questionCount,
    severalQuestions: questionCount > 1,
  };
}

/** Only the category part, for callers that need no thread facts. */
export function categorize(message: TextMessage, ctx: Omit<ClassifierContext, 'settings'>): Decision {
  return decide(readText(message), ctx.model, ctx.corrections);
}

export interface CorrectionRequest {
  id: string;
  caseId: string | null;
  /** Epoch ms of the correction (lib/core takes time as an argument). */
  at: number;
  from: Category;
  to: Category;
}

/** The correction to store when the user re-categorises a thread: hashed features, no text. */
export function correctionForThread(thread: ThreadSnapshot, request: CorrectionRequest, ctx: Omit<ClassifierContext, 'corrections'>): ClassifierCorrection {
  return stored(request, correctionView(readThread(thread, ctx.settings), ctx.model), ctx.model);
}

export function correctionForText(message: TextMessage, request: CorrectionRequest, model: ClassifierModel): ClassifierCorrection {
  return stored(request, correctionView(readText(message), model), model);
}

function stored(request: CorrectionRequest, view: ReturnType<typeof correctionView>, model: ClassifierModel): ClassifierCorrection {
  const prior = storedPrior(view.before, model);
  return { ...request, features: storedFeatures(view.features), ...(prior ? { prior } : {}) };
}
