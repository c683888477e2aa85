import type { Category } from '../../model/classification';
import type { ReplyTemplate } from '../../model/template';

// The replies the support process asks for (support-process.rst), written once so that every
// engineer sends the same words. Ids are stable: a user's edited copy overrides by id.
// Plain text; inserted above the signature, so no sign-off name.

const GREETING = '{{#if customer.firstName}}Hi {{customer.firstName}},{{else}}Hello,{{/if}}';

interface BuiltIn {
  id: string;
  name: string;
  category: Category;
  body: string[];
}

const BUILT_INS: readonly BuiltIn[] = [
  {
    id: 'installation-details',
    name: 'Installation details request',
    category: 'defect',
    body: [
      GREETING,
      '',
      'Thank you for your message.',
      '',
      '{{#if missing.installationDetails}}',
      'Can you please provide us with the following details about the system used for running {{product.name}}:',
      '',
      '{{missing.installationDetails}}',
      '',
      'Before releasing a new version, we run an automated test suite to validate new features and check for regressions.',
      '',
      'By knowing details about your installations we can configure the test suite to run against a setup similar to your installation.',
      '',
      'This information will not be shared with any other third party and will be used solely for improving further support for you and development of the product.',
      '{{else}}',
      'Thank you as well for the details of your installation: you have already sent us everything we need to recreate the issue in a similar environment. We will come back to you with our findings.',
      '{{/if}}',
      '',
      'Best regards,',
    ],
  },
  {
    id: 'acknowledgement',
    name: 'Acknowledgement with estimated time',
    category: 'question',
    body: [
      GREETING,
      '',
      'Thank you for contacting us about "{{thread.subject}}". My name is {{agent.name}} and I will be looking after your case.',
      '',
      '{{#if case.deadlinePassed}}We are sorry that our answer comes later than we said. {{/if}}We are looking into it and expect to come back to you by {{case.dueDate}}. If we need more time, we will let you know.',
      '',
      'Best regards,',
    ],
  },
  {
    id: 'trac-ticket-notice',
    name: 'Trac ticket notice',
    category: 'defect',
    body: [
      GREETING,
      '',
      'Thank you for your patience. We have confirmed the issue as a defect and passed it to our developers: your Trac ticket is #{{trac.ticket}}.',
      '',
      'Please quote #{{trac.ticket}} whenever you contact Support about this issue, so that we can follow up with you on its progress.',
      '',
      'Best regards,',
    ],
  },
  {
    id: 'phone-follow-up',
    name: 'Phone call follow-up (confirm in writing)',
    category: 'phone_followup',
    body: [
      GREETING,
      '',
      'Thank you for your call today.',
      '',
      'As mentioned on the phone, could you please reply to this email and confirm in writing the issue we discussed, with any details you have (error messages, when it happened, what changed before)? This gives us a written record of your case, so that anyone in the Support team can follow it up.',
      '',
      'Best regards,',
    ],
  },
  {
    id: 'screen-share',
    name: 'Screen-share invitation',
    category: 'question',
    body: [
      GREETING,
      '',
      'We think this issue is best looked at together in a screen-share session, where we can see your setup and try a few things with you.',
      '',
      '{{#if links.screenShare}}',
      'You can join the session with this link: {{links.screenShare}}',
      '',
      'Please let us know a day and time that suit you.',
      '{{else}}',
      'Please let us know two or three times that suit you and we will send you a meeting invitation.',
      '{{/if}}',
      '',
      'Best regards,',
    ],
  },
  {
    id: 'feature-request',
    name: 'Feature request answer (roadmap)',
    category: 'feature_request',
    body: [
      GREETING,
      '',
      'Thank you for your suggestion, we have recorded it as a feature request.',
      '',
      'You can see what is already planned for {{product.name}} on our product roadmap: {{links.roadmap}}',
      '',
      'If you need this feature sooner, or it goes beyond the standard support options, our Sales team can prepare a quote for you. Just let us know.',
      '',
      'Best regards,',
    ],
  },
  {
    id: 'licensing-sales',
    name: 'Licensing hand-over to Sales',
    category: 'licensing_sales',
    body: [
      GREETING,
      '',
      'Thank you for your message. Licences, renewals and support contracts are handled by our Sales team: I have passed your request on to them and they will contact you shortly.',
      '',
      'In the meantime, you may find these pages useful:',
      '',
      '* Support options: {{links.supportOptions}}',
      '* Product life cycle: {{links.lifeCycle}}',
      '',
      'Best regards,',
    ],
  },
  {
    id: 'split-questions',
    name: 'Split your questions',
    category: 'question',
    body: [
      GREETING,
      '',
      'Thank you for your questions. So that each one gets a complete answer and can be followed up on its own, we will answer them in separate emails.',
      '',
      'For future questions, please send one email per question: that way none of them gets lost.',
      '',
      'Best regards,',
    ],
  },
];

/** The built-in templates, in the order the picker shows them. */
export const BUILT_IN_TEMPLATES: readonly ReplyTemplate[] = BUILT_INS.map(({ id, name, category, body }) => ({
  id,
  name,
  category,
  body: body.join('\n'),
  builtIn: true,
  updatedAt: 0,
}));
