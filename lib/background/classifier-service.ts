import { loadModel } from '../core/classifier/load-model';
import type { ClassifierModel } from '../core/classifier/model';
import { CorrectionIndex } from '../core/classifier/corrections';
import { classifyThread } from '../core/classifier/classify-thread';
import { nextStep as nextStepFor } from '../core/classifier/next-step';
import { addCorrection, listCorrections } from '../db/corrections-repository';
import type { Category, Classification, ClassifierCorrection } from '../model/classification';
import type { NextStep } from '../model/messages';
import type { Settings } from '../model/settings';
import type { ThreadSnapshot } from '../model/thread';
import type { Services } from './services';

export interface ClassifierService {
  classify: (thread: ThreadSnapshot, settings: Settings) => Promise<Classification | null>;
  correct: (thread: ThreadSnapshot, caseId: string | null, to: Category, settings: Settings) => Promise<Classification>;
  nextStep: (category: Category, settings: Settings) => NextStep;
}

/**
 * The classifier runs in the background (service workers cannot import() lazily): its model is
 * parsed once, on first use, and never loads in the page; the user's corrections (features only, no mail text) live in the database.
 */
export function createClassifierService(services: Services): ClassifierService {
  let ready: Promise<{ model: ClassifierModel; corrections: CorrectionIndex }> | null = null;
  const load = (): Promise<{ model: ClassifierModel; corrections: CorrectionIndex }> =>
    (ready ??= (async () => {
      const stored: ClassifierCorrection[] = await listCorrections(services.db);
      return { model: loadModel(), corrections: CorrectionIndex.from(stored) };
    })());

  return {
    classify: async (thread, settings) => {
      const { model, corrections } = await load();
      return classifyThread(thread, { settings, model, corrections });
    },
    correct: async (thread, caseId, to, settings) => {
      const { model, corrections } = await load();
      const before = classifyThread(thread, { settings, model, corrections });
      const correction = corrections.learn(thread, before.category, to, { id: services.newId(), caseId, at: services.now() });
      await addCorrection(services.db, correction);
      return classifyThread(thread, { settings, model, corrections });
    },
    nextStep: (category, settings) => nextStepFor(category, settings.links),
  };
}
