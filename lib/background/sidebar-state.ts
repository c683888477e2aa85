import { extractInstallationDetails } from '../core/installation-details/extract-installation-details';
import { buildTemplateVars } from '../core/templates/template-vars';
import { renderTemplate } from '../core/templates/render-template';
import { suggestTemplates } from '../core/templates/template-search';
import type { CaseEvent, SupportCase } from '../model/case';
import type { Classification } from '../model/classification';
import type { NextStep, RenderedTemplate, SidebarState } from '../model/messages';
import type { Settings } from '../model/settings';
import type { ReplyTemplate } from '../model/template';
import type { ThreadSnapshot } from '../model/thread';
import { isStaff } from '../core/case/staff';

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
}

/**
 * The sidebar's whole state, with every template rendered for this conversation so that a click
 * inserts at once (and the page never loads the template code or the customer's case history).
 */
export function buildSidebarState(input: SidebarInputs): SidebarState {
  const { thread, supportCase, settings } = input;
  const customerTexts = thread.messages.filter((m) => !isStaff(m.from.email, settings)).map((m) => m.body);
  const details = extractInstallationDetails(customerTexts);
  const ticket = supportCase?.tickets.at(-1) ?? null;
  const vars = buildTemplateVars({
    thread,
    supportCase,
    settings,
    missing: details.missingItems,
    trac: ticket ? { ticket: ticket.number, url: ticket.url } : null,
    now: input.now,
    dueAt: supportCase?.dueAt ?? null,
  });
  const ordered = input.classification ? suggestTemplates(input.classification.category, input.templates) : input.templates;
  const rendered: Record<string, RenderedTemplate> = {};
  for (const template of ordered) rendered[template.id] = renderTemplate(template.body, vars);
  return {
    case: supportCase,
    events: input.events,
    classification: input.classification,
    templates: ordered,
    rendered,
    nextStep: input.nextStep,
    settings,
    linkCandidates: input.linkCandidates,
  };
}
