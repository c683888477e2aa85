import { describe, expect, it } from 'vitest';
import { cutQuotedHistory, cutSignature } from './quoted-text';

describe('cutQuotedHistory', () => {
  it.each([
    ['Gmail attribution', 'Thanks, fixed.\n\nOn Mon, Mar 3, 2025 at 11:02 AM Priya Raman <priya...@ftpgate.example.com> wrote:\n> Hi Dana,\n> try this', 'Thanks, fixed.'],
    ['attribution wrapped over two lines', 'Works now.\n\nOn Mon, Mar 3, 2025 at 11:02 AM Priya Raman <\npriya...@ftpgate.example.com> wrote:\n> Hi', 'Works now.'],
    ['German attribution', 'Danke!\n\nAm Mo., 3. März 2025 um 11:02 Uhr schrieb Priya Raman <p@x.example>:\n> Hallo', 'Danke!'],
    ['French attribution', 'Merci.\n\nLe lun. 3 mars 2025 à 11:02, Priya Raman <p@x.example> a écrit :\n> Bonjour', 'Merci.'],
    ['Outlook header block', 'See below.\n\nFrom: Priya Raman <p@x.example>\nSent: Monday, March 3, 2025 11:02 AM\nTo: Dana', 'See below.'],
    ['Original Message rule', 'Forwarding.\n\n-----Original Message-----\nFrom: x', 'Forwarding.'],
    ['trailing > lines without attribution', 'Agreed.\n\n> Could you set the address?\n>', 'Agreed.'],
    ['> inside the text stays', 'Run it as:\n> ftpgate-diag --network\nthen send the output.', 'Run it as:\n> ftpgate-diag --network\nthen send the output.'],
    ['"wrote:" mid-sentence is not an attribution', 'On Monday the scheduler wrote: nothing to the log.\nOdd.', 'On Monday the scheduler wrote: nothing to the log.\nOdd.'],
    ['nothing quoted', 'Hello,\n\nIs there a way to cap upload bandwidth?', 'Hello,\n\nIs there a way to cap upload bandwidth?'],
  ])('%s', (_name, text, expected) => {
    expect(cutQuotedHistory(text)).toBe(expected);
  });
});

describe('cutSignature', () => {
  it.each([
    ['"-- " separator (trailing space trimmed)', 'Thanks,\nWendell\n\n--\nWendell Achebe | Systems Administrator\nNorthwind Media', 'Thanks,\nWendell'],
    ['"-- " with its space', 'Best,\nAnselm\n-- \nAnselm Brandt', 'Best,\nAnselm'],
    ['Groups footer', 'Rafael\n\n--\nYou received this message because you are subscribed to the Google Groups "FTPGate Help" group.\nTo unsubscribe …', 'Rafael'],
    ['a "--" far from the end is not a separator', `Output:\n--\n${Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n')}`, `Output:\n--\n${Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n')}`],
    ['no signature', 'Hi Keiko,\n\nInstall 4.2.1.\n\nPriya', 'Hi Keiko,\n\nInstall 4.2.1.\n\nPriya'],
  ])('%s', (_name, text, expected) => {
    expect(cutSignature(text)).toBe(expected);
  });
});
