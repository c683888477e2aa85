/**
 * The model's fixed word lists as plain arrays. The Zod enums in this folder are built from
 * them; code that runs inside Gmail imports these instead, so no Zod is injected into the page.
 */

export const CASE_STATUSES = ['new', 'acknowledged', 'in_progress', 'waiting_customer', 'waiting_developer', 'closed'] as const;

/** The five Initial Assessment steps of the support process, in order. */
export const ASSESSMENT_STEPS = [
  'verify_details',
  'acknowledge',
  'verify_understanding',
  'ask_information_or_diagnose',
  'inform_time_needed',
] as const;

/** The six troubleshooting steps (CompTIA) of the support process, in order. */
export const TROUBLESHOOTING_STEPS = [
  'identify_problem',
  'establish_theory',
  'test_theory',
  'establish_plan',
  'determine_status',
  'make_record',
] as const;

export const CATEGORIES = [
  'defect',
  'question',
  'feature_request',
  'licensing_sales',
  'installation_details',
  'chat_transcript',
  'phone_followup',
  'auto_reply',
] as const;

/** Words a support engineer uses for each status, in the order of the process (sidebar, pages, inbox chips). */
export const STATUS_LABELS: Record<(typeof CASE_STATUSES)[number], string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  waiting_customer: 'Waiting on customer',
  waiting_developer: 'Waiting on developer',
  closed: 'Closed',
};
