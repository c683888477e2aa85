import { formatDeadline } from '../core/calendar/format-deadline';
import { ASSESSMENT_LABELS, TROUBLESHOOTING_LABELS } from '../core/case/checklists';
import { renderTemplate } from '../core/templates/render-template';
import { suggestTemplates } from '../core/templates/template-search';
import type { CaseEvent, SupportCase } from '../model/case';
import type { Classification } from '../model/classification';
import type { NextStep, RenderedTemplate, SidebarState } from '../model/messages';
import type { Settings } from '../model/settings';
import type { ReplyTemplate } from '../model/template';
import type { ThreadSnapshot } from '../model/thread';
import { conversationContext } from './conversation-context';

export interface SidebarInputs {
  thread: ThreadSnapshot;
  supportCase: SupportCase | null;
  events: CaseEvent[];
  classification: Classification | null;
  nextStep: NextStep | null;
  templates: ReplyTemplate[];
  settings: Settings;
  linkCandidates: SidebarState['linkCandidates'];
  now: number;
  /** Why changes cannot be saved right now (storage full), in words; absent when they can. */
  storageProblem?: string | null;
  /** The team's connection and who else is on this case; null when working alone. */
  team?: SidebarState['team'];
}

/**
 * The sidebar's whole state, with every template rendered for this conversation so that a click
 * inserts at once (and the page never loads the template code or the customer's case history).
 */
export function buildSidebarState(input: SidebarInputs): SidebarState {
  const { thread, supportCase, settings } = input;
  const { vars } = conversationContext(thread, supportCase, settings, input.now);
  const ordered = input.classification ? suggestTemplates(input.classification.category, input.templates) : input.templates;
  const rendered: Record<string, RenderedTemplate> = {};
  for (const template of ordered) {
    const { text, unknown, missing, failed, errors } = renderTemplate(template.body, vars);
    // One broken template (too long, nested too deep) says why when clicked; the others work.
    rendered[template.id] = { text, unknown, missing, ...(failed ? { problem: `“${template.name}” cannot be used: ${errors.join(' ')} Fix it in the options.` } : {}) };
  }
  return {
    case: supportCase,
    events: input.events,
    classification: input.classification,
    templates: ordered,
    rendered,
    nextStep: input.nextStep,
    settings,
    linkCandidates: input.linkCandidates,
    storageProblem: input.storageProblem ?? null,
    team: input.team ?? null,
    deadline: supportCase?.dueAt == null ? null : deadlineWording(supportCase.dueAt, input.now),
    checklistLabels: { assessment: ASSESSMENT_LABELS, troubleshooting: TROUBLESHOOTING_LABELS },
  };
}

/** The clock-time words of a deadline, in the browser's own time zone (the sidebar's). */
function deadlineWording(dueAt: number, now: number): { when: string; absolute: string } {
  const { text, absolute } = formatDeadline(dueAt, now);
  return { when: text, absolute };
}
