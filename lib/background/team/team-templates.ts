import { listTemplates } from '../../db/templates-repository';
import { TEAM_TEMPLATE_ID } from '../../model/team-documents';
import type { ReplyTemplate } from '../../model/template';
import type { Services } from '../services';

/**
 * The templates a member picks from: their own (built-ins, edited copies, personal ones), then
 * the team's (`team:` ids, from the team's templates document) while in a team.
 */
export async function templatesWithTeam(services: Services): Promise<ReplyTemplate[]> {
  const own = await listTemplates(services.db);
  const team = services.team?.active ? services.team.teamTemplates().map(({ updatedBy: _by, ...template }) => template) : [];
  return [...own, ...team];
}

/** Whether a template is the team's: saved to (and deleted from) the team's document, not this browser. */
export function isTeamTemplate(id: string): boolean {
  return TEAM_TEMPLATE_ID.test(id);
}

/**
 * The templates as the sidebar's and the popup's pickers list them: a team template's name says
 * "(team)". Worded here, not in the page, so the script injected into Gmail does not grow.
 */
export function namedForPicker(templates: readonly ReplyTemplate[]): ReplyTemplate[] {
  return templates.map((template) => (isTeamTemplate(template.id) ? { ...template, name: `${template.name} (team)` } : template));
}
