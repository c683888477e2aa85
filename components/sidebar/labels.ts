import type { AssessmentStep, CaseStatus, TroubleshootingStep } from '../../lib/model/case';

export const statusLabels: Record<CaseStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  waiting_customer: 'Waiting on customer',
  waiting_developer: 'Waiting on developer',
  closed: 'Closed',
};

/** The Initial Assessment of the support process, in its own words. */
export const assessmentLabels: Record<AssessmentStep, string> = {
  verify_details: 'Verify all details logged; what else is required?',
  acknowledge: 'Acknowledge to the originator that the case was received',
  verify_understanding: 'Verify understanding of the information provided',
  ask_information_or_diagnose: 'Ask for more information and/or give an initial diagnosis',
  inform_time_needed: 'If more time is needed, say roughly how long',
};

/** CompTIA troubleshooting steps the process follows. */
export const troubleshootingLabels: Record<TroubleshootingStep, string> = {
  identify_problem: 'Identify the problem',
  establish_theory: 'Establish a theory of probable cause',
  test_theory: 'Test the theory to determine cause',
  establish_plan: 'Establish a plan',
  determine_status: 'Determine system status',
  make_record: 'Make a record',
};
