/** The sidebar's checklists use the support process's own wording, kept in lib/core. */
export { ASSESSMENT_LABELS as assessmentLabels, TROUBLESHOOTING_LABELS as troubleshootingLabels } from '../../lib/core/case/checklists';
