import { describe, expect, it } from 'vitest';
import { findProductVersion } from './find-product-version';

// Real-looking customer lines in English, German and French: greetings, signatures, ticket
// numbers, dates and build ids around the version. The product name is kept only when it stands
// in the same clause as the number; a greeting or a person's name never is one.
describe('findProductVersion', () => {
  it.each([
    // The case: the greeting was glued to the version ("Hallo Lena 4.2.2").
    ['de: greeting, ticket number, build, signature', 'Hallo Lena, #7: tested build 4.2.2 - same. Tobias', '4.2.2'],
    ['de: greeting and signature on their own lines', 'Hallo Lena,\n\nwir haben Version 4.2.2 installiert.\n\nViele Grüße\nTobias', '4.2.2'],
    ['de: Build with a dash clause', 'Hallo Lena, #7: getestet mit Build 4.2.2 – gleich. Tobias', '4.2.2'],
    ['de: product name in the clause', 'Guten Tag,\nwir setzen FTPGate Server 4.2.1 unter Windows ein.\nMit freundlichen Grüßen\nTobias Berger', 'FTPGate Server 4.2.1'],
    ['de: a German date is not a version', 'Hallo Lena,\nseit Montag 06.01.2025 schlägt der Upload fehl, Version 4.2.\nGruß Tobias', '4.2'],
    ['de: a date alone gives nothing', 'Hallo Lena, am Montag 06.01.2025 ging es noch. Tobias', null],
    ['fr: greeting, name, version, sign-off', 'Bonjour Lena, nous utilisons la version 4.2.2. Cordialement, Pierre', '4.2.2'],
    ['fr: Version at the start of a clause', 'Bonjour Lena, Version 5.1.0 testée. Pierre', '5.1.0'],
    ['fr: product name and signature', 'Bonjour,\nNous avons installé SFTPPlus 5.1.0 hier.\nBien cordialement,\nPierre Martin', 'SFTPPlus 5.1.0'],
    ['fr: a French date is not a version', 'Bonjour Lena,\nle 06.01.2025 le transfert échoue.\nMerci, Pierre', null],
    ['en: greeting, product, sign-off', 'Hi Sam, we run FTPGate Server 4.2.1 on Windows. Thanks, Dana', 'FTPGate Server 4.2.1'],
    ['en: ticket number before the version', 'Dear Sam, Ticket #4711: version 4.2 still fails.', '4.2'],
    ['en: the ticket number itself is no version', 'Hello Sam, any news on #4711? Regards, Dana', null],
    ['en: a build id is no version', 'Hi Sam, this is build 20250106 of the installer. Dana', null],
    ['en: a build id after the version', 'Hi Sam, FTPGate 4.2.2 (build 48213) fails. Regards, Dana', 'FTPGate 4.2.2'],
    ['en: the signature name on the line before is not part of the name', 'Thanks,\nDana Whitfield\nFTPGate 4.2.2 here', 'FTPGate 4.2.2'],
    ['en: a bare number under a signature has no cue', 'Thanks,\nDana Whitfield\n4.2.2 is what we have', null],
    ['en: quoted text from our own earlier mail is skipped', 'Still failing, see below.\n\n> Which version do you run? We released version 4.3.0 last week.', null],
    ['en: the customer answers under a quote', '> Which version do you run?\nWe run version 4.2.2.\nDana', '4.2.2'],
    ['en: an ISO date is not a version', 'Hi Sam, since 2025.01.06 uploads fail. Dana', null],
  ])('%s', (_title, text, expected) => {
    const found = findProductVersion([text]);
    expect(found.present ? found.value : null).toBe(expected);
  });

  it('stays linear on 200 KB of greetings and numbers', () => {
    const text = 'Hallo Lena, #7: build 4.2.2 - Tobias\n'.repeat(5_500);
    expect(text.length).toBeGreaterThan(200_000);
    expect(findProductVersion([text]).value).toBe('4.2.2');
  });
});
