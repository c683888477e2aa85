import { describe, expect, it } from 'vitest';
import { readAccountEmail, subjectFromTitle } from './account';
import { documentOf } from './test-support/fixture-pages';

const BUTTON = (label: string): string => `<header role="banner"><a aria-label="${label}" href="#"></a></header>`;

function page(title: string, header = ''): Document {
  return documentOf(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${header}</body></html>`);
}

describe('readAccountEmail', () => {
  it.each([
    ['thread title', 'Upload fails with 550 - support@example.com - Gmail', '', 'support@example.com'],
    ['list title', 'Inbox (3) - helpdesk@example.net - Example Mail', '', 'helpdesk@example.net'],
    ['subject holding an address and " - "', 'Re: mail from dana@example.org - urgent - Helpdesk@Example.net - Gmail', '', 'helpdesk@example.net'],
    ['Workspace app name', 'Renewal quote - sales@example.org - Northwind Mail', '', 'sales@example.org'],
    ['account button when the title has none', 'Gmail', BUTTON('Google Account: Lena Marquardt  &#10;(helpdesk@example.net)'), 'helpdesk@example.net'],
    ['nothing usable', 'Loading…', BUTTON('Google apps'), null],
  ])('%s', (_what, title, header, expected) => {
    expect(readAccountEmail(page(title, header))).toBe(expected);
  });
});

describe('subjectFromTitle', () => {
  it.each([
    ['Follow-up to our call - certificate renewal - helpdesk@example.net - Example Mail', 'Follow-up to our call - certificate renewal'],
    ['Inbox (3) - helpdesk@example.net - Example Mail', 'Inbox (3)'],
    ['Example Mail', null],
  ])('%s', (title, expected) => {
    expect(subjectFromTitle(page(title))).toBe(expected);
  });
});
