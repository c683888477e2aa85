import type { HolidayLookup } from '../core/calendar/business-time';
import { isStaff, withMailbox } from '../core/case/staff';
import { extractInstallationDetails } from '../core/installation-details/extract-installation-details';
import type { InstallationDetails } from '../core/installation-details/installation-item';
import type { TemplateVars } from '../core/templates/render-template';
import { buildTemplateVars } from '../core/templates/template-vars';
import type { SupportCase } from '../model/case';
import type { Settings } from '../model/settings';
import type { ThreadSnapshot } from '../model/thread';

export interface ConversationContext {
  /** The customer's own messages, oldest first (staff replies excluded). */
  customerTexts: string[];
  details: InstallationDetails;
  vars: TemplateVars;
}

/** What templates and Trac tickets are filled from: one place, so both say the same thing. */
export function conversationContext(
  thread: ThreadSnapshot | null,
  supportCase: SupportCase | null,
  settings: Settings,
  now: number,
  holidays: HolidayLookup,
): ConversationContext {
  const people = withMailbox(settings, thread?.account);
  const customerTexts = (thread?.messages ?? []).filter((m) => !isStaff(m.from.email, people)).map((m) => m.body);
  const details = extractInstallationDetails(customerTexts);
  const vars = buildTemplateVars({ thread, supportCase, settings: people, missing: details.missingItems, now, holidays });
  return { customerTexts, details, vars };
}
