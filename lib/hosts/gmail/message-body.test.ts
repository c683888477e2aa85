import { describe, expect, it } from 'vitest';
import { messageBodyText } from './message-body';
import { stripQuotedText } from './quoted-text';
import { renderedText } from './rendered-text';
import { documentOf } from './test-support/fixture-pages';

const body = (html: string): Element => documentOf(`<div class="a3s aiL ">${html}</div>`).querySelector('.a3s') as Element;
const SIG = '<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">Lena Marquardt<br>FTPGate Helpdesk</div>';

describe('renderedText', () => {
  it.each([
    ['lines from divs and <br>', '<div>Hi Kofi,</div><div><br></div><div>thanks,<br>Lena</div>', 'Hi Kofi,\n\nthanks,\nLena'],
    ['source whitespace collapses', '<div>\n  the   log\n  says:\n</div>', 'the log says:'],
    ['inline elements stay on the line', '<div>set <b>MaxFileSize</b>=<font face="monospace">0</font> now</div>', 'set MaxFileSize=0 now'],
    ['<pre> keeps spacing', '<pre>a  b\n  c</pre>', 'a  b\n  c'],
    ['non-breaking spaces become spaces', '<div>5.1&nbsp;GB</div>', '5.1 GB'],
    ['runs of blank lines become one', '<div>a</div><div><br></div><div><br></div><div><br></div><div>b</div>', 'a\n\nb'],
    ['hidden preheaders are skipped', '<span style="display:none;max-height:0">Preview text</span><div>Body</div>', 'Body'],
    ['styles and scripts are skipped', '<style>.x{color:red}</style><div>Body</div>', 'Body'],
    ['table cells are separated', '<table><tr><td>Licence</td><td>3</td></tr><tr><td>Support</td><td>yes</td></tr></table>', 'Licence 3\nSupport yes'],
    ['list items are lines', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
  ])('%s', (_what, html, expected) => {
    expect(renderedText(body(html))).toBe(expected);
  });
});

// What Casebook reads of a body: the page's markup walk, then the background's plain-text cuts.
describe('messageBodyText, then stripQuotedText', () => {
  it.each([
    ['drops the Gmail signature', `<div dir="ltr"><div>Hello Mateo,</div><div>noted.</div>${SIG}</div>`, 'Hello Mateo,\nnoted.'],
    ['drops the trimmed quote', '<div dir="ltr"><div>Thanks!</div></div><div class="yj6qo ajU"><div class="ajR" role="button"></div></div><div class="adL"><div class="gmail_quote"><div class="gmail_attr">On Mon, Mar 3, 2025 at 1:47 PM Lena &lt;x@example.net&gt; wrote:</div><blockquote class="gmail_quote">old</blockquote></div></div>', 'Thanks!'],
    ['drops an opened trimmed quote (.adM)', '<div>Thanks!</div><div class="adM"><div class="gmail_quote"><blockquote class="gmail_quote">old</blockquote></div></div>', 'Thanks!'],
    ['drops a visible gmail_quote', '<div>Yes.</div><br><div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On Tue wrote:</div><blockquote class="gmail_quote">Is it fixed?</blockquote></div>', 'Yes.'],
    ['drops a cite blockquote', '<div>Yes.</div><blockquote type="cite">Is it fixed?</blockquote>', 'Yes.'],
    ['keeps a forward and its header', '<div>FYI</div><div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message ---------<br>From: Chat &lt;c@example.com&gt;<br></div><div>Visitor: Chloé Martin</div></div>', 'FYI\n---------- Forwarded message ---------\nFrom: Chat <c@example.com>\nVisitor: Chloé Martin'],
    ['cuts an Outlook plain quote', '<div>Works now.</div><div><br></div><div>On Mon, Mar 3, 2025 at 4:10 PM Lena Marquardt &lt;helpdesk@example.net&gt; wrote:</div><div>&gt; Restart the listener.</div>', 'Works now.'],
    ['cuts a plain "-- " signature', '<div>I am out of the office.</div><div>-- </div><div>Rui Almeida</div>', 'I am out of the office.'],
  ])('%s', (_what, html, expected) => {
    expect(stripQuotedText(messageBodyText(body(html)))).toBe(expected);
  });
});

describe('stripQuotedText', () => {
  it.each([
    ['attribution over two lines', 'Done.\n\nOn Mon, Jan 6, 2025 at 9:41 AM Dana Whitfield <\ndana@example.org> wrote:\n> hi', 'Done.'],
    ['German attribution', 'Erledigt.\nAm Mo., 6. Jan. 2025 um 09:41 Uhr schrieb Dana <dana@example.org>:\n> hallo', 'Erledigt.'],
    ['French attribution', 'Merci.\nLe lun. 6 janv. 2025 à 09:41, Dana <dana@example.org> a écrit :\n> bonjour', 'Merci.'],
    ['Outlook header', 'See below.\n-----Original Message-----\nFrom: Dana', 'See below.'],
    ['quoted lines inside the text', 'Answers inline:\n> Which version?\n5.1.0', 'Answers inline:\n5.1.0'],
    ['a sentence that starts with "On"', 'On Monday we restart the gateway.\nThanks', 'On Monday we restart the gateway.\nThanks'],
    ['a dash line that is not a delimiter', 'Log:\n-- End of chat --\nBye', 'Log:\n-- End of chat --\nBye'],
  ])('%s', (_what, text, expected) => {
    expect(stripQuotedText(text)).toBe(expected);
  });
});
