import { describe, expect, it } from 'vitest';
import { emptyPhoneCase, phoneCaseProblems, trimPhoneCase, type PhoneCaseDraft } from './phone-case-draft';

const draft = (fields: Partial<PhoneCaseDraft>): PhoneCaseDraft => ({ ...emptyPhoneCase, ...fields });

describe('phoneCaseProblems', () => {
  it.each<[string, Partial<PhoneCaseDraft>, string[]]>([
    ['a complete call', { name: 'Ana Silva', email: 'ana.silva@example.org', subject: 'SFTP login fails after upgrade' }, []],
    ['a name without an email', { name: 'Ana Silva', subject: 'Licence renewal question' }, []],
    ['an email without a name', { email: 'ops@example.org', subject: 'Server will not start' }, []],
    ['no subject', { name: 'Ana Silva' }, ['Subject']],
    ['only spaces as subject', { name: 'Ana Silva', subject: '   ' }, ['Subject']],
    ['no customer', { subject: 'Server will not start' }, ['Customer']],
    ['a mistyped address', { email: 'ana.silva.example.org', subject: 'Login fails' }, ['Email']],
    ['nothing at all', {}, ['Subject', 'Customer']],
  ])('%s', (_name, fields, expectedFields) => {
    const problems = phoneCaseProblems(draft(fields));
    expect(problems.map((p) => p.split(':')[0])).toEqual(expectedFields);
  });

  it('quotes the rejected address so the user sees the typo', () => {
    expect(phoneCaseProblems(draft({ email: 'ana@example', subject: 'x' }))).toEqual(['Email: “ana@example” is not an email address.']);
  });
});

describe('trimPhoneCase', () => {
  it('removes the spaces a paste leaves around fields', () => {
    expect(trimPhoneCase(draft({ name: ' Ana Silva ', email: 'ana@example.org\n', subject: '\tLogin fails ' }))).toEqual(
      draft({ name: 'Ana Silva', email: 'ana@example.org', subject: 'Login fails' }),
    );
  });
});
