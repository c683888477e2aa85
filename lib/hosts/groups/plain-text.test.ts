import { afterAll, describe, expect, it } from 'vitest';
import { blockText } from './plain-text';
import { htmlDocument, type SnippetDocument } from './test-support/html-document';

const opened: SnippetDocument[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

function textOf(html: string, skip?: (el: Element) => boolean): string {
  const snippet = htmlDocument(`<div id="r">${html}</div>`);
  opened.push(snippet);
  return blockText(snippet.root, skip);
}

describe('blockText', () => {
  it.each([
    ['Gmail-style paragraphs', '<div>Hi Priya,</div><div><br></div><div>That was it.</div>', 'Hi Priya,\n\nThat was it.'],
    ['text then divs', 'Hi Dana,<div><br></div><div>Thanks for the report.</div>', 'Hi Dana,\n\nThanks for the report.'],
    ['<br> lines', 'Hi Priya,<br><br>That was it.<br>Dana', 'Hi Priya,\n\nThat was it.\nDana'],
    ['source whitespace collapses', '<div>\n  Since   upgrading\n  to 4.2\n</div>\n<div> it fails </div>', 'Since upgrading to 4.2\nit fails'],
    ['inline elements stay on the line', 'Set <b>Passive external address</b> to <a href="#">203.0.113.25</a>.', 'Set Passive external address to 203.0.113.25.'],
    ['nested dir=ltr wrapper', '<div dir="ltr"><div>Hello,</div><div><br></div><div>Is this known?</div></div>', 'Hello,\n\nIs this known?'],
    ['paragraphs', '<p>First.</p><p>Second.</p>', 'First.\nSecond.'],
    ['list items', '<ul><li>ftpgate-diag --network</li><li>server.log</li></ul>', 'ftpgate-diag --network\nserver.log'],
    ['pre keeps its lines', '<pre>425 Can\'t open data connection\n  at PASV 50001</pre>', "425 Can't open data connection\n  at PASV 50001"],
    ['more than one blank line shrinks to one', 'a<br><br><br><br>b', 'a\n\nb'],
    ['script and style text is not text', 'a<script>var x = 1;</script><style>.x{}</style>b', 'ab'],
    ['entities decode', 'Settings &gt; Network &amp; &quot;Auto-detect&quot;', 'Settings > Network & "Auto-detect"'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  it('leaves out what skip() rejects, with its content', () => {
    expect(textOf('Keep<div class="q">drop <b>this</b></div><div>and this</div>', (el) => el.classList.contains('q'))).toBe('Keep\nand this');
  });
});
