import type { Category } from '../../model/classification';
import type { ProcessLinks } from '../../model/settings';

export interface NextStepLink {
  label: string;
  url: string;
}

/** What the support process says to do next for a category, with the team's own links. */
export interface NextStep {
  summary: string;
  steps: string[];
  /** Only links that are set in the settings. */
  links: NextStepLink[];
}

type LinkKey = keyof ProcessLinks;
const LINK_LABELS: Record<LinkKey, string> = {
  roadmap: 'Product roadmap',
  supportOptions: 'Support options',
  lifeCycle: 'Product life cycle',
  screenShare: 'Screen-share session',
};

const PLAYBOOK: Record<Category, { summary: string; steps: string[]; links: LinkKey[] }> = {
  defect: {
    summary: 'Possible defect: gather the installation details, reproduce, then escalate.',
    steps: [
      'Send the installation-details request (only the items still missing).',
      'Recreate the issue on a dedicated test VM similar to the customer’s installation.',
      'If it is a defect, create a Trac ticket with priority High and tell the customer its number.',
    ],
    links: ['screenShare'],
  },
  question: {
    summary: 'How-to or configuration question: answer it, one e-mail per question.',
    steps: ['Acknowledge the case and answer each question in its own e-mail.', 'Offer a screen-share session if it is easier to show than to tell.'],
    links: ['screenShare'],
  },
  feature_request: {
    summary: 'Feature request: check the roadmap; beyond standard support, Sales quotes it.',
    steps: [
      'Check whether the feature is on the product roadmap and answer with the link.',
      'If it goes beyond the standard support option, hand it to Sales for a quote.',
    ],
    links: ['roadmap', 'supportOptions'],
  },
  licensing_sales: {
    summary: 'Licensing or sales: hand over to Sales with the support options and life cycle.',
    steps: ['Hand the conversation over to Sales.', 'Point the customer to the support options and the product life cycle.'],
    links: ['supportOptions', 'lifeCycle'],
  },
  installation_details: {
    summary: 'The customer sent installation details: recreate the issue in a similar environment.',
    steps: [
      'Check that every requested item is there; ask only for what is missing.',
      'Recreate the issue on a dedicated test VM matching these details.',
      'If it is a defect, create a Trac ticket with priority High and tell the customer its number.',
    ],
    links: [],
  },
  chat_transcript: {
    summary: 'Forwarded chat transcript: open a case for anything left unresolved.',
    steps: ['Read the transcript for open problems or promises made in the chat.', 'Follow up by e-mail so the answer is in writing.'],
    links: [],
  },
  phone_followup: {
    summary: 'Written follow-up of a phone call: check it matches what was agreed.',
    steps: ['Check the written summary matches the call.', 'If the customer has not confirmed in writing yet, ask them to.'],
    links: [],
  },
  auto_reply: {
    summary: 'Automatic reply: no answer needed.',
    steps: ['Do not count this as the customer’s reply; note any return date or alternative contact.'],
    links: [],
  },
};

export function nextStep(category: Category, links: ProcessLinks): NextStep {
  const play = PLAYBOOK[category];
  return {
    summary: play.summary,
    steps: [...play.steps],
    links: play.links.filter((key) => links[key].trim() !== '').map((key) => ({ label: LINK_LABELS[key], url: links[key] })),
  };
}
