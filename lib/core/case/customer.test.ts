import { describe, expect, it } from 'vitest';
import { customerFrom, domainOf, organisationFromEmail } from './customer';

describe('organisationFromEmail', () => {
  it.each([
    ['jane.doe@example-corp.co.uk', 'Example Corp'],
    ['ops@support.example-corp.co.uk', 'Example Corp'],
    ['it@acme.com', 'Acme'],
    ['admin@mail.northwind-traders.de', 'Northwind Traders'],
    ['bob@widgets.com.au', 'Widgets'],
    ['k.tanaka@kaisha.co.jp', 'Kaisha'],
    ['student@cs.ox.ac.uk', 'Ox'],
    ['someone@my_company.io', 'My Company'],
    ['<Jane.Doe@Example-Corp.CO.UK>', 'Example Corp'],
    ['jane.doe@gmail.com', ''],
    ['j.smith@hotmail.co.uk', ''],
    ['no-domain', ''],
    ['', ''],
  ])('%s -> "%s"', (email, expected) => {
    expect(organisationFromEmail(email)).toBe(expected);
  });
});

describe('customerFrom', () => {
  it.each([
    [{ name: 'Jane Doe', email: 'Jane.Doe@Example-Corp.co.uk' }, { name: 'Jane Doe', email: 'jane.doe@example-corp.co.uk', organisation: 'Example Corp' }],
    [{ name: '  ', email: 'ops@acme.com' }, { name: 'ops', email: 'ops@acme.com', organisation: 'Acme' }],
    [{ name: 'Pat', email: '' }, { name: 'Pat', email: '', organisation: '' }],
  ])('%j -> %j', (person, expected) => {
    expect(customerFrom(person)).toEqual(expected);
  });

  it('takes the domain after the last @', () => {
    expect(domainOf('"odd@name"@acme.com')).toBe('acme.com');
  });
});
