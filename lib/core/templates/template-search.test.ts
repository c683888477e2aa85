import { describe, expect, it } from 'vitest';
import type { Category } from '../../model/classification';
import type { ReplyTemplate } from '../../model/template';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { searchTemplates, suggestTemplates } from './template-search';

const custom = (id: string, name: string, category: string | null = null): ReplyTemplate => ({ id, name, body: '', category, builtIn: false, updatedAt: 1 });

const ALL: ReplyTemplate[] = [
  ...BUILT_IN_TEMPLATES,
  custom('custom:1', 'Réponse en français', 'question'),
  custom('custom:2', 'Request logs again', 'defect'),
  custom('custom:3', 'Licence key resend', 'licensing_sales'),
];

const names = (templates: ReplyTemplate[]): string[] => templates.map((template) => template.name);

describe('searchTemplates', () => {
  it.each([
    ['', names(ALL)],
    ['   ', names(ALL)],
    // Prefix before word before substring; ties keep list order.
    ['re', ['Réponse en français', 'Request logs again', 'Installation details request', 'Feature request answer (roadmap)', 'Licence key resend', 'Screen-share invitation']],
    ['trac', ['Trac ticket notice']],
    ['TRAC', ['Trac ticket notice']],
    ['share', ['Screen-share invitation']],
    ['hare', ['Screen-share invitation']],
    ['reponse', ['Réponse en français']],
    ['français', ['Réponse en français']],
    ['francais', ['Réponse en français']],
    ['request install', ['Installation details request']],
    ['phone conf', ['Phone call follow-up (confirm in writing)']],
    ['(roadmap', ['Feature request answer (roadmap)']],
    ['licen', ['Licensing hand-over to Sales', 'Licence key resend']],
    ['zebra', []],
  ])('%j', (query, expected) => {
    expect(names(searchTemplates(query, ALL))).toEqual(expected);
  });
});

describe('suggestTemplates', () => {
  it.each<[Category | null, string[]]>([
    ['defect', ['installation-details', 'acknowledgement', 'trac-ticket-notice', 'screen-share', 'custom:2']],
    ['question', ['acknowledgement', 'split-questions', 'screen-share', 'installation-details', 'custom:1']],
    ['feature_request', ['feature-request', 'licensing-sales', 'acknowledgement']],
    ['licensing_sales', ['licensing-sales', 'acknowledgement', 'custom:3']],
    ['phone_followup', ['phone-follow-up', 'installation-details', 'acknowledgement']],
    ['chat_transcript', ['acknowledgement', 'licensing-sales', 'installation-details']],
    ['installation_details', ['acknowledgement', 'trac-ticket-notice', 'screen-share']],
    ['auto_reply', ['installation-details']],
    [null, ['installation-details']],
  ])('%s first', (category, firstIds) => {
    const ordered = suggestTemplates(category, ALL);
    expect(ordered.map((template) => template.id).slice(0, firstIds.length)).toEqual(firstIds);
    expect(ordered).toHaveLength(ALL.length);
  });
});
