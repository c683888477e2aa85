import { classifyThread, correctionForThread } from '../core/classifier/classify';
import { addCorrection as withCorrection, buildCorrectionIndex, type CorrectionIndex } from '../core/classifier/corrections';
import type { ClassifierModel } from '../core/classifier/model';
import { nextStep as nextStepFor } from '../core/classifier/next-step';
import { addCorrection, listCorrections } from '../db/corrections-repository';
import type { Category, Classification, ClassifierCorrection } from '../model/classification';
import type { NextStep } from '../model/messages';
import type { Settings } from '../model/settings';
import type { ThreadSnapshot } from '../model/thread';
import { fetchShippedModel } from './classifier-model';
import type { Services } from './services';

export interface ClassifierService {
  classify: (thread: ThreadSnapshot, settings: Settings) => Promise<Classification>;
  correct: (thread: ThreadSnapshot, caseId: string | null, to: Category, settings: Settings) => Promise<Classification>;
  nextStep: (category: Category, settings: Settings) => NextStep;
  /** Forget the corrections read so far (after an import replaced them). */
  reload: () => void;
}

/**
 * The classifier runs in the background, never in the page: the model is fetched once, on first
 * use (a failed fetch is tried again by the next call), and the user's corrections (hashed
 * features, no mail text) come from the database.
 * A correction updates the in-memory index (and the team model it trains) at once, so the next
 * thread already benefits. `loadBase` is for the adaptation benchmark, which starts each
 * repository from a model trained without it.
 */
export function createClassifierService(services: Services, loadBase: () => Promise<ClassifierModel> = fetchShippedModel): ClassifierService {
  let model: Promise<ClassifierModel> | null = null;
  let corrections: Promise<CorrectionIndex> | null = null;
  const ready = async (): Promise<{ model: ClassifierModel; corrections: CorrectionIndex }> => {
    model ??= loadBase().catch((error: unknown) => {
      model = null;
      throw error;
    });
    corrections ??= listCorrections(services.db)
      .then((own) => buildCorrectionIndex(withShared(own, services.team?.active ? services.team.sharedCorrections() : [])))
      .catch((error: unknown) => {
        corrections = null; // try again next time instead of failing every classification
        throw error;
      });
    return { model: await model, corrections: await corrections };
  };

  return {
    classify: async (thread, settings) => classifyThread(thread, { settings, ...(await ready()) }),
    correct: async (thread, caseId, to, settings) => {
      const ctx = { settings, ...(await ready()) };
      const from = classifyThread(thread, ctx).category;
      const correction = correctionForThread(thread, { id: services.newId(), caseId, at: services.now(), from, to }, ctx);
      await addCorrection(services.db, correction);
      // In a team, everyone's classifier learns from it (hashed features only, lib/team/shared-docs.ts).
      if (services.team?.active) services.team.shareCorrection(correction);
      const index = withCorrection(ctx.corrections, correction);
      corrections = Promise.resolve(index);
      return classifyThread(thread, { ...ctx, corrections: index });
    },
    nextStep: (category, settings) => nextStepFor(category, settings.links),
    reload: () => {
      corrections = null;
    },
  };
}

/** This browser's corrections and the team's shared ones (its own shared ones once), oldest first. */
export function withShared(own: readonly ClassifierCorrection[], shared: readonly ClassifierCorrection[]): ClassifierCorrection[] {
  const ids = new Set(own.map((c) => c.id));
  return [...own, ...shared.filter((c) => !ids.has(c.id))].sort((a, b) => a.at - b.at);
}
