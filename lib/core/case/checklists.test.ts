import { describe, expect, it } from 'vitest';
import { AssessmentStep, SupportCase, TroubleshootingStep } from '../../model/case';
import { applyThread } from './derive-from-thread';
import { emptyAssessment, emptyTroubleshooting, stepLabel, updateStep, type StepRef } from './checklists';
import { at, context, message, people, thread } from './test-support';

const base = applyThread(null, thread([message(people.jane, '2025-11-03T10:00:00Z')]), context('2025-11-03T10:05:00Z')).case;
const meta = (when: string, eventId = 'ev-9') => ({ actor: 'alice@casebook-vendor.com', at: at(when), eventId });

describe('empty checklists', () => {
  it('have every step of the process, in order, open', () => {
    expect(Object.keys(emptyAssessment())).toEqual(AssessmentStep.options);
    expect(Object.keys(emptyTroubleshooting())).toEqual(TroubleshootingStep.options);
    expect(Object.values(emptyAssessment()).every((item) => !item.done && item.note === '' && item.doneAt === null)).toBe(true);
  });

  it('are separate objects per case', () => {
    const a = emptyAssessment();
    a.acknowledge.done = true;
    expect(emptyAssessment().acknowledge.done).toBe(false);
  });
});

describe('updateStep', () => {
  it.each([
    [{ list: 'assessment', step: 'acknowledge' }, { done: true, note: '' }, 'open', 'done', 'Initial Assessment: Acknowledge receipt to the originator'],
    [{ list: 'assessment', step: 'verify_details' }, { done: true, note: 'Version 5.2 on RHEL 9, log attached' }, 'open', 'done', 'Initial Assessment: Verify the details logged and what information is missing — Version 5.2 on RHEL 9, log attached'],
    [{ list: 'troubleshooting', step: 'make_record' }, { done: true, note: 'KB article drafted' }, 'open', 'done', 'Troubleshooting: Make a record — KB article drafted'],
    [{ list: 'troubleshooting', step: 'establish_theory' }, { done: false, note: 'Maybe the firewall drops idle sessions' }, 'open', 'open', 'Troubleshooting: Establish a theory of probable cause — Maybe the firewall drops idle sessions'],
  ] as [StepRef, { done: boolean; note: string }, string, string, string][])('%j %j', (ref, change, from, to, reason) => {
    const result = updateStep(base, ref, change, meta('2025-11-03T11:00:00Z'));
    expect(result).not.toBeNull();
    const item = ref.list === 'assessment' ? result!.case.assessment[ref.step] : result!.case.troubleshooting[ref.step];
    expect(item).toEqual({ ...change, doneAt: change.done ? at('2025-11-03T11:00:00Z') : null });
    expect(result!.event).toMatchObject({ type: 'checklist_ticked', from, to, reason, id: 'ev-9', actor: 'alice@casebook-vendor.com' });
    expect(() => SupportCase.parse(result!.case)).not.toThrow();
  });

  it('keeps the first tick time when only the note changes, and clears it when unticked', () => {
    const ref: StepRef = { list: 'assessment', step: 'acknowledge' };
    const ticked = updateStep(base, ref, { done: true, note: '' }, meta('2025-11-03T11:00:00Z'))!.case;
    const noted = updateStep(ticked, ref, { done: true, note: 'Sent the template' }, meta('2025-11-03T12:00:00Z'))!.case;
    expect(noted.assessment.acknowledge.doneAt).toBe(at('2025-11-03T11:00:00Z'));
    const unticked = updateStep(noted, ref, { done: false, note: 'Sent the template' }, meta('2025-11-03T13:00:00Z'))!;
    expect(unticked.case.assessment.acknowledge.doneAt).toBeNull();
    expect([unticked.event.from, unticked.event.to]).toEqual(['done', 'open']);
  });

  it('returns null when nothing changes', () => {
    expect(updateStep(base, { list: 'assessment', step: 'acknowledge' }, { done: false, note: '' }, meta('2025-11-03T11:00:00Z'))).toBeNull();
  });

  it('keeps the timeline short for long notes', () => {
    const note = 'x'.repeat(5000);
    const result = updateStep(base, { list: 'troubleshooting', step: 'make_record' }, { done: true, note }, meta('2025-11-03T11:00:00Z'))!;
    expect(result.case.troubleshooting.make_record.note).toHaveLength(5000);
    expect(result.event.reason.length).toBeLessThan(stepLabel({ list: 'troubleshooting', step: 'make_record' }).length + 210);
  });
});
