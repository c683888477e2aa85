import { describe, expect, it } from 'vitest';
import { isClosingMessage } from './closing-message';

describe('isClosingMessage', () => {
  it.each([
    // The examples.
    ['thanks, works now', 'Hi Sam,\nthanks, works now.\nDana', true],
    ['you can close this', 'Thanks, you can close the case.\n\nDana', true],
    ['close this', 'All good now, feel free to close this.', true],
    ['working again', 'Working again after the restart, thank you!', true],
    ['de: works again', 'Hallo Lena,\nvielen Dank, funktioniert wieder!\nGruß Tobias', true],
    ['de: can be closed', 'Danke, der Fall kann geschlossen werden.', true],
    ['fr: resolved', "Bonjour,\nMerci, c'est résolu.\nCordialement, Pierre", true],
    ['fr: you can close', 'Merci beaucoup, vous pouvez fermer le ticket.', true],
    ['thanks with a quote of our answer', 'Thanks, that fixed it!\n\n> Please set MaxFileSize to 0 and restart.', true],
    // Everything else still waits for an answer.
    ['a question', 'Thanks! Can you also check the FTPS listener?', false],
    ['still failing', 'Thank you. The upload still fails with 550.', false],
    ['thanks but a new problem', 'Thanks, that worked, but now the log shows an error.', false],
    ['de: thanks but not yet', 'Danke, leider geht es noch nicht.', false],
    ['fr: thanks but still', 'Merci, mais le transfert échoue toujours.', false],
    ['no thanks, no closure', 'Here is the server log you asked for.', false],
    ['a long report that says thanks', `Thanks for the reply. ${'Here is what we did next. '.repeat(30)}`, false],
    ['empty', '', false],
    ['only a quote', '> thanks, works now', false],
  ])('%s', (_title, body, expected) => {
    expect(isClosingMessage(body)).toBe(expected);
  });

  it('reads 200 KB in linear time and says no', () => {
    expect(isClosingMessage(`thanks ${'x'.repeat(200_000)}`)).toBe(false);
    expect(isClosingMessage('> thanks\n'.repeat(25_000))).toBe(false);
  });
});
