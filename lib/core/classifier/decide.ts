import { Category } from '../../model/classification';
import { correctionPull, sketch, type CorrectionIndex } from './corrections';
import { FeatureTrace, featuresOf, withSubjectWeighted, type FeatureVector } from './features';
import { modelParts } from './message-text';
import { runModel, type ClassifierModel, type ModelVerdict } from './model';
import type { Reading } from './reading';
import { autoReplyEvidence } from './rules/auto-reply';
import { chatTranscriptEvidence } from './rules/chat-transcript';
import { emailHintEvidence } from './rules/email-hints';
import { MAX_RULE_WEIGHT, type Evidence, type RuleInput } from './rules/evidence';
import { installationDetailsEvidence } from './rules/installation-details';
import { licensingEvidence } from './rules/licensing';
import { phoneFollowupEvidence } from './rules/phone-followup';
import { MAX_REASONS } from './reasons';
import { categoryIndex, teamLogits, teamModelOf } from './team-model';
import { unsureOf, type Unsure } from './unsure';

export interface Decision {
  category: Category;
  confidence: number;
  scores: Record<Category, number>;
  reasons: string[];
  /** Set when the best category is not sure enough to show as the answer. */
  unsure: Unsure | null;
}

/**
 * Log-odds of a category that only rules can name, before any rule matched: low enough that
 * the learned categories win unless a rule has real evidence (a subject "Automatic reply: …"
 * alone weighs 9 and wins).
 */
const RULE_ONLY_PRIOR = -6;
/** Log-odds the team model must add to the winner (over the others' mean) to be named a reason. */
const TAUGHT_REASON = 1;
/**
 * How much more the subject counts in what corrections store and the team model learns: a
 * team's subjects say what a thread is about more reliably than bodies full of its own
 * templates and logs. Chosen on three of the five repositories of the adaptation benchmark
 * (README, "Learning from corrections"); the shipped model keeps its own title weight.
 */
export const TAUGHT_SUBJECT_WEIGHT = 3;

export function decide(reading: Reading, model: ClassifierModel, corrections: CorrectionIndex): Decision {
  const trace = new FeatureTrace();
  const { taught, verdict, evidence, logits: before } = untaught(reading, model, trace);
  const pull = correctionPull(corrections, taught);
  // The team model reads the same sketch a correction stores, so learning and use agree.
  const team = corrections.entries.length > 0 ? teamLogits(teamModelOf(corrections, model), sketch(taught)) : null;

  const logits = new Map<Category, number>();
  Category.options.forEach((category, c) => logits.set(category, (before[c] ?? 0) + (pull.bonus.get(category) ?? 0) + (team?.[c] ?? 0)));
  const probabilities = softmaxOf(logits);
  const ranked = [...probabilities].sort((a, b) => b[1] - a[1]);
  const [category, confidence] = ranked[0] ?? ['question', 0];

  const reasons: string[] = [];
  if (pull.nearest && (pull.bonus.get(category) ?? 0) > 0) reasons.push(`you corrected a near-identical thread to ${label(category)}`);
  else if (team && taughtLead(team, categoryIndex(category)) >= TAUGHT_REASON) reasons.push(`like threads your team corrected to ${label(category)}`);
  reasons.push(...evidence.filter((e) => e.category === category).sort((a, b) => b.weight - a.weight).map((e) => e.reason));
  reasons.push(...verdict.evidence(category));
  const scores = Object.fromEntries([...probabilities].map(([c, p]) => [c, round(p)])) as Record<Category, number>;
  return { category, confidence: round(confidence), scores, reasons: [...new Set(reasons)].slice(0, MAX_REASONS), unsure: unsureOf(ranked) };
}

/**
 * What a correction stores: the features (compared on, and learnt from) and the log-odds the
 * classifier gave before anything the team taught, which the team model learns to correct.
 */
export function correctionView(reading: Reading, model: ClassifierModel): { features: FeatureVector; before: Float64Array } {
  const { taught, logits } = untaught(reading, model);
  return { features: taught, before: logits };
}

/**
 * The classifier's own view of a thread, per category in `Category.options` order: the model's
 * log-probability (or the floor, for categories only rules name) plus the rules' evidence.
 */
function untaught(reading: Reading, model: ClassifierModel, trace?: FeatureTrace): { taught: FeatureVector; verdict: ModelVerdict; evidence: Evidence[]; logits: Float64Array } {
  const parts = modelParts(reading.subject, reading.latest, reading.earlier);
  const vector = featuresOf(parts, model.features, trace);
  const verdict = runModel(model, vector, trace);
  const evidence = ruleEvidence({
    subject: reading.subject,
    from: reading.from,
    latest: reading.latest,
    customerText: [reading.latest, ...reading.earlier].join('\n\n'),
    staffText: reading.staffText,
  });
  const logits = Float64Array.from(Category.options, (category) => {
    const learned = verdict.probabilities.get(category);
    const prior = learned === undefined ? RULE_ONLY_PRIOR : Math.log(Math.max(learned, 1e-9));
    return prior + Math.min(MAX_RULE_WEIGHT, sum(evidence.filter((e) => e.category === category)));
  });
  return { taught: withSubjectWeighted(vector, parts, model.features, TAUGHT_SUBJECT_WEIGHT), verdict, evidence, logits };
}

function ruleEvidence(input: RuleInput): Evidence[] {
  return [
    ...autoReplyEvidence(input),
    ...chatTranscriptEvidence(input),
    ...phoneFollowupEvidence(input),
    ...licensingEvidence(input),
    ...installationDetailsEvidence(input),
    ...emailHintEvidence(input),
  ];
}

function taughtLead(team: Float64Array, own: number): number {
  let others = 0;
  for (let c = 0; c < team.length; c++) if (c !== own) others += team[c] ?? 0;
  return (team[own] ?? 0) - others / Math.max(1, team.length - 1);
}

function softmaxOf(logits: Map<Category, number>): Map<Category, number> {
  const max = Math.max(...logits.values());
  const exps = new Map([...logits].map(([c, l]) => [c, Math.exp(l - max)]));
  const total = sum([...exps.values()].map((weight) => ({ weight })));
  return new Map([...exps].map(([c, e]) => [c, e / total]));
}

function sum(items: { weight: number }[]): number {
  return items.reduce((total, item) => total + item.weight, 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function label(category: Category): string {
  return category.replace(/_/g, ' ');
}
