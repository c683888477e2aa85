import * as z from 'zod/mini';
import { CaseSource, Originator } from './case';
import { CATEGORIES } from './vocabulary';

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Classification = z.object({
  category: Category,
  /** Calibrated probability of `category`, 0..1. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  scores: z.record(Category, z.number()),
  /** Words, phrases or features that weighed most, most important first. */
  reasons: z.array(z.string()),
  originator: Originator,
  source: CaseSource,
  /** Distinct questions in the newest customer message (0 or 1 means no flag). */
  questionCount: z.int().check(z.nonnegative()),
  severalQuestions: z.boolean(),
  /** Set when the classifier is not sure: the question to ask and its two one-click answers. */
  unsure: z.optional(z.nullable(z.object({ prompt: z.string(), choices: z.tuple([Category, Category]) }))),
});
export type Classification = z.infer<typeof Classification>;

/** A user's correction: stored with hashed features, never the mail text. */
export const ClassifierCorrection = z.object({
  id: z.string().check(z.minLength(1)),
  caseId: z.nullable(z.string()),
  at: z.number(),
  from: Category,
  to: Category,
  /** Feature hashes -> weights of the corrected text (statistics only). */
  features: z.record(z.string(), z.number()),
  /**
   * What the classifier said before anything the team taught: log-odds per category (model and
   * rules), and which model said it. The team model learns what to add to exactly this. Absent
   * in corrections made before it was stored: those are replayed against the model alone.
   */
  prior: z.optional(z.object({ model: z.string(), logits: z.record(z.string(), z.number()) })),
});
export type ClassifierCorrection = z.infer<typeof ClassifierCorrection>;
