import { formatDeadline } from '../core/calendar/format-deadline';
import { ASSESSMENT_LABELS, TROUBLESHOOTING_LABELS } from '../core/case/checklists';
import type { HolidayLookup } from '../core/calendar/business-time';
import { isClosingMessage } from '../core/case/closing-message';
import { collaborativeHints } from '../core/case/collaborative-hints';
import { conversationFacts } from '../core/case/conversation-facts';
import { isStaff } from '../core/case/staff';
import { draftTemplate } from '../core/templates/fill-in';
import { templateVariableNames, type TemplateVars } from '../core/templates/render-template';
import { fillInOptions } from '../core/templates/template-vars';
import { suggestTemplates } from '../core/templates/template-search';
import type { CaseEvent, SupportCase } from '../model/case';
import type { Classification } from '../model/classification';
import type { NextStep, RenderedTemplate, SidebarState } from '../model/messages';
import type { Settings } from '../model/settings';
import { setupGaps, setupNotice } from '../core/settings/setup-gaps';
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
  holidays: HolidayLookup;
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
  const { vars } = conversationContext(thread, supportCase, settings, input.now, input.holidays);
  const ordered = input.classification ? suggestTemplates(input.classification.category, input.templates) : input.templates;
  const options = fillInOptions(settings);
  const rendered: Record<string, RenderedTemplate> = {};
  for (const template of ordered) {
    const { parts, fields, failed, errors } = draftTemplate(template.body, vars, options);
    const note = lateNote(template.body, vars, supportCase);
    // One broken template (too long, nested too deep) says why when clicked; the others work.
    rendered[template.id] = {
      parts,
      fields,
      ...(note ? { note } : {}),
      ...(failed ? { problem: `“${template.name}” cannot be used: ${errors.join(' ')} Fix it in the options.` } : {}),
    };
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
    facts: conversationFacts(thread, supportCase, settings),
    closeOffer: closeOffer(thread, supportCase, settings),
    setup: setupNotice(setupGaps(settings)),
    hostHints: collaborativeHints(thread.collaborative, settings.team),
  };
}

/**
 * A template that promises an answer time on a case whose own deadline has passed: the promise
 * is computed from now (see promisedAnswerAt), and the sidebar says so, so the reply can own up.
 */
function lateNote(body: string, vars: TemplateVars, supportCase: SupportCase | null): string | null {
  if (vars['case.deadlinePassed'] !== 'yes' || !supportCase || !templateVariableNames(body).includes('case.dueDate')) return null;
  const promise = vars['case.dueDate'] ?? '';
  return `This case's deadline has passed: the reply promises ${promise || 'a new time'} instead. Say sorry for the delay.`;
}

/**
 * A case whose newest message only thanks or confirms closure waits for no answer: offered to
 * close in one click ("Jane only thanked or confirmed closure: close the case?").
 */
function closeOffer(thread: ThreadSnapshot, supportCase: SupportCase | null, settings: Settings): string | null {
  const last = thread.messages.at(-1);
  if (!supportCase || supportCase.status === 'closed' || supportCase.awaitingSince.length > 0 || !last) return null;
  if (isStaff(last.from.email, settings) || !isClosingMessage(last.body)) return null;
  const who = last.from.name.trim() || last.from.email || 'The customer';
  return `${who} only thanked or confirmed closure: close the case?`;
}

/** The clock-time words of a deadline, in the browser's own time zone (the sidebar's). */
function deadlineWording(dueAt: number, now: number): { when: string; absolute: string } {
  const { text, absolute } = formatDeadline(dueAt, now);
  return { when: text, absolute };
}
