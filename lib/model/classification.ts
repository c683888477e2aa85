import { z } from 'zod';
import { CaseSource, Originator } from './case';

export const Category = z.enum([
  'defect',
  'question',
  'feature_request',
  'licensing_sales',
  'installation_details',
  'chat_transcript',
  'phone_followup',
  'auto_reply',
]);
export type Category = z.infer<typeof Category>;

export const Classification = z.object({
  category: Category,
  /** Calibrated probability of `category`, 0..1. */
  confidence: z.number().min(0).max(1),
  scores: z.record(Category, z.number()),
  /** Words, phrases or features that weighed most, most important first. */
  reasons: z.array(z.string()),
  originator: Originator,
  source: CaseSource,
  /** Distinct questions in the newest customer message (0 or 1 means no flag). */
  questionCount: z.number().int().nonnegative(),
  severalQuestions: z.boolean(),
});
export type Classification = z.infer<typeof Classification>;

/** A user's correction: stored with hashed features, never the mail text. */
export const ClassifierCorrection = z.object({
  id: z.string().min(1),
  caseId: z.string().nullable(),
  at: z.number(),
  from: Category,
  to: Category,
  /** Feature hashes -> weights of the corrected text (statistics only). */
  features: z.record(z.string(), z.number()),
});
export type ClassifierCorrection = z.infer<typeof ClassifierCorrection>;
