import type { AssessmentStep, ChecklistItem, SupportCase, TroubleshootingStep } from '../../model/case';
import { ASSESSMENT_STEPS, TROUBLESHOOTING_STEPS } from '../../model/vocabulary';
import { caseEvent, type CaseChange, type EditMeta } from './case-change';

/** The process's own words ("Initial Assessment" and "Troubleshooting a Support Case"), for the UI and the timeline. */
export const ASSESSMENT_LABELS = {
  verify_details: 'Verify the details logged and what information is missing',
  acknowledge: 'Acknowledge receipt to the originator',
  verify_understanding: 'Verify understanding of the information provided',
  ask_information_or_diagnose: 'Ask for more information and/or give an initial diagnosis',
  inform_time_needed: 'If more time is needed, say approximately how long',
} as const satisfies Record<AssessmentStep, string>;

export const TROUBLESHOOTING_LABELS = {
  identify_problem: 'Identify the problem',
  establish_theory: 'Establish a theory of probable cause',
  test_theory: 'Test the theory to determine the cause',
  establish_plan: 'Establish a plan',
  determine_status: 'Determine system status',
  make_record: 'Make a record',
} as const satisfies Record<TroubleshootingStep, string>;

/** Which checklist and which step of it. */
export type StepRef =
  | { list: 'assessment'; step: AssessmentStep }
  | { list: 'troubleshooting'; step: TroubleshootingStep };

const OPEN: ChecklistItem = { done: false, note: '', doneAt: null };

export function emptyAssessment(): SupportCase['assessment'] {
  return Object.fromEntries(ASSESSMENT_STEPS.map((step) => [step, { ...OPEN }])) as SupportCase['assessment'];
}

export function emptyTroubleshooting(): SupportCase['troubleshooting'] {
  return Object.fromEntries(TROUBLESHOOTING_STEPS.map((step) => [step, { ...OPEN }])) as SupportCase['troubleshooting'];
}

export function stepLabel(ref: StepRef): string {
  return ref.list === 'assessment'
    ? `Initial Assessment: ${ASSESSMENT_LABELS[ref.step]}`
    : `Troubleshooting: ${TROUBLESHOOTING_LABELS[ref.step]}`;
}

function currentItem(c: SupportCase, ref: StepRef): ChecklistItem {
  return ref.list === 'assessment' ? c.assessment[ref.step] : c.troubleshooting[ref.step];
}

/** Longer notes stay on the case; the timeline keeps a readable excerpt. */
const NOTE_EXCERPT = 200;

/**
 * Ticks or unticks a step and/or changes its note ("Make a record"). Returns null when nothing
 * changes, so no empty event reaches the timeline. Re-ticking keeps the first `doneAt`.
 */
export function updateStep(c: SupportCase, ref: StepRef, change: { done: boolean; note: string }, meta: EditMeta): CaseChange | null {
  const before = currentItem(c, ref);
  if (before.done === change.done && before.note === change.note) return null;
  const item: ChecklistItem = {
    done: change.done,
    note: change.note,
    doneAt: change.done ? (before.doneAt ?? meta.at) : null,
  };
  const next: SupportCase =
    ref.list === 'assessment'
      ? { ...c, assessment: { ...c.assessment, [ref.step]: item }, updatedAt: meta.at }
      : { ...c, troubleshooting: { ...c.troubleshooting, [ref.step]: item }, updatedAt: meta.at };
  const note = change.note.trim();
  const reason = note === '' ? stepLabel(ref) : `${stepLabel(ref)} — ${note.slice(0, NOTE_EXCERPT)}`;
  return {
    case: next,
    event: caseEvent(c.id, meta, 'checklist_ticked', {
      from: before.done ? 'done' : 'open',
      to: change.done ? 'done' : 'open',
      reason,
    }),
  };
}
