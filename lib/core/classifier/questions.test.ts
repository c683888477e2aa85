import { describe, expect, it } from 'vitest';
import { countQuestions } from './questions';

describe('countQuestions', () => {
  it.each([
    { name: 'no question', text: 'The upload failed again last night. Log attached.', count: 0 },
    { name: 'one question', text: 'How do I change the passive port range for FTPS?', count: 1 },
    {
      name: 'two questions in one paragraph are one topic',
      text: 'How do I change the passive port range for FTPS? Which setting should we use, and do we need a restart?',
      count: 1,
    },
    { name: 'courtesy does not count', text: 'How do I enable debug logging for SFTP sessions?\n\nCould you help me with this?', count: 1 },
    { name: 'a link with a query string is not a question', text: 'See https://example.com/docs?page=ftps for what we tried.', count: 0 },
    { name: 'greeting pleasantry is not a question', text: 'Hope you are well?\n\nWe need to move the server to a new host.', count: 0 },
    {
      name: 'three numbered questions',
      text: 'I have three questions:\n1. How do I rotate the log daily?\n2. Can accounts use a password and an SSH key together?\n3. Is there a way to get a mail when an upload completes?',
      count: 3,
    },
    {
      name: 'list items that ask without a question mark',
      text: 'Questions:\n- How to configure LDAP groups for the web client\n- Which ports the HTTPS service needs on the firewall',
      count: 2,
    },
    {
      name: 'separate paragraphs on separate topics',
      text: 'Is FTPS implicit mode supported on port 990?\n\nAlso, when does version 4 reach end of life?',
      count: 2,
    },
    {
      name: 'separate paragraphs on the same topic',
      text: 'Can the LDAP login use nested Active Directory groups?\n\nOr do nested Active Directory groups need a separate LDAP setting?',
      count: 1,
    },
  ])('$name -> $count', ({ text, count }) => {
    expect(countQuestions(text)).toBe(count);
  });
});
