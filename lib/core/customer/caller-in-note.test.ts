import { describe, expect, it } from 'vitest';
import { callerNamedInNote } from './caller-in-note';

describe('callerNamedInNote: the caller a colleague\'s phone note names in words', () => {
  it.each([
    // English
    ['Called Dana Whitfield back about the 2 GB upload limit. She will send the log tomorrow.', 'Dana Whitfield', ''],
    ['Called Dana back re the renewal quote.', 'Dana', ''],
    ['Rang the customer Dana Whitfield back this morning.', 'Dana Whitfield', ''],
    ['Spoke with Dana (dana@acme.example) on the phone: uploads over 2 GB stop at 99%.', 'Dana', 'dana@acme.example'],
    ['Spoke to Dana Whitfield on the phone, she needs the bulk import format.', 'Dana Whitfield', ''],
    ['Spoke with Dana Whitfield <Dana.Whitfield@Acme.example>, wants a quote.', 'Dana Whitfield', 'dana.whitfield@acme.example'],
    ['Phone call from Tomás Rivera: the key import fails on 4.2.', 'Tomás Rivera', ''],
    ['Had a call with Mr. Jean-Luc O\'Brien about the licence transfer.', 'Jean-Luc O\'Brien', ''],
    ['Dana Whitfield called about the upload limit, please send her the 4.2.3 notes.', 'Dana Whitfield', ''],
    ['Hi team,\nDana Whitfield (dana@acme.example) called this morning: the licence key is rejected.', 'Dana Whitfield', 'dana@acme.example'],
    ['Yesterday Anne de la Tour called about the SFTP add-on.', 'Anne de la Tour', ''],
    // German
    ['Habe Dana Whitfield zurückgerufen, sie schickt das Log morgen.', 'Dana Whitfield', ''],
    ['Telefonat mit Herrn Jürgen Weber (j.weber@beispiel.example): Upload bricht bei 2 GB ab.', 'Jürgen Weber', 'j.weber@beispiel.example'],
    ['Heute mit Dana Whitfield telefoniert. Sie braucht ein Angebot.', 'Dana Whitfield', ''],
    ['Anruf von Frau Müller-Lüdenscheidt wegen der Lizenz.', 'Müller-Lüdenscheidt', ''],
    ['Jürgen Weber hat angerufen, der Server startet nicht.', 'Jürgen Weber', ''],
    // French
    ['J\'ai rappelé Dana Whitfield au sujet de la limite de 2 Go.', 'Dana Whitfield', ''],
    ['Appel de Mme Claire Dubois (claire.dubois@exemple.example) : la clé est refusée.', 'Claire Dubois', 'claire.dubois@exemple.example'],
    ['J\'ai eu Claire Dubois au téléphone ce matin.', 'Claire Dubois', ''],
    ['Claire Dubois a appelé pour le renouvellement.', 'Claire Dubois', ''],
  ])('%s', (note, name, email) => {
    expect(callerNamedInNote(note)).toEqual({ name, email });
  });

  it.each([
    ['call me back', 'Please call me back at +44 20 7946 0000 when you have a minute.'],
    ['I called the bank', 'I called the bank about the wire transfer, all fine.'],
    ['called back, nobody named', 'Called back today.\nWants the renewal quote.'],
    ['a signature', 'Thanks,\nLena Marquardt\nFTPGate Helpdesk · Northwind Transfer Systems\nPhone: +49 30 1234567\nCall us: Mon-Fri 9-17'],
    ['a follow-up to the customer', 'Hello Peter,\n\nas discussed on the phone today, here are the steps to replace the certificate.'],
    ['a thing called something', 'The tool called Transfer Monitor shows 99% and stops.'],
    ['a pronoun', 'We called back twice. I spoke with him on the phone.'],
    ['spoke with someone, no phone', 'Spoke with Dana Whitfield at the trade fair about the roadmap.'],
    ['German noun, not a name', 'Habe wegen der Lizenz zurückgerufen.'],
    ['German: with the customer', 'Mit dem Kunden telefoniert, er schickt das Log.'],
    ['French: the client', 'J\'ai rappelé le client ce matin.'],
    ['a role', 'Called Support back, no answer.'],
    ['a word that only contains a cue', 'Recalled Dana Whitfield back from holiday.'],
    ['empty', ''],
  ])('nobody: %s', (_title, note) => {
    expect(callerNamedInNote(note)).toBeNull();
  });

  it('reads only the start of a note: a cue after 2,000 characters is not read', () => {
    expect(callerNamedInNote(`${'Notes. '.repeat(400)}Called Dana Whitfield back.`)).toBeNull();
  });

  it.each([
    ['cues without names', 'called '.repeat(40_000)],
    ['names without cues', 'Dana Whitfield '.repeat(20_000)],
    ['cue and name, never confirmed', 'spoke with Dana '.repeat(20_000)],
    ['names before a cue, no sentence end', `${'Dana '.repeat(60_000)}called`],
    ['brackets never closed', `Spoke with Dana (${'a@'.repeat(120_000)}`],
    ['letters that change length in lower case', `${'İ'.repeat(200_001)} Called Dana back`],
  ])('hostile, over 200 KB: %s', (_title, note) => {
    expect(note.length).toBeGreaterThan(200_000);
    const result = callerNamedInNote(note);
    expect(result === null || typeof result.name === 'string').toBe(true);
  });
});
