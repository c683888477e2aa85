import { describe, expect, it } from 'vitest';
import { wikiCodeBlock, wikiInline, wikiLink } from './wiki-text';

const ZWSP = '\u200B';

describe('wikiInline', () => {
  it.each([
    ['Dana Whitfield', 'Dana Whitfield'],
    ['  Dana\n  Whitfield ', 'Dana Whitfield'],
    ['dana.whitfield@lakeside.example.com', 'dana.whitfield@lakeside.example.com'],
    // CamelCase would link to a missing wiki page.
    ['Kenzie McDonald', 'Kenzie !McDonald'],
    ['MaxFileSize exceeded', '!MaxFileSize exceeded'],
    ['FileZilla and WinSCP', '!FileZilla and WinSCP'],
    ['FTPGate Server 4.2', 'FTPGate Server 4.2'],
    ['see ticket #123', 'see ticket #123'],
    ['Übertragung ÄrgerNis', 'Übertragung !ÄrgerNis'],
    ['مرحبا بالعالم', 'مرحبا بالعالم'],
    ['Dana 🚀 Whitfield', 'Dana 🚀 Whitfield'],
    // Anything with wiki syntax is shown verbatim as inline code.
    ["O''Brien", "{{{O''Brien}}}"],
    ['[[Image(http://evil.example/x.png)]]', '{{{[[Image(http://evil.example/x.png)]]}}}'],
    ['a || b', '{{{a || b}}}'],
    ['wiki:WikiStart', '{{{wiki:WikiStart}}}'],
    ['fixed in r123', '{{{fixed in r123}}}'],
    ['report {1}', '{{{report {1}}}}'.replace('}}}}', `}${ZWSP}}}}`)],
    ['x }}} y', `{{{x }}${ZWSP}} y}}}`],
    ['{{{x', `{{{${ZWSP}{${ZWSP}{{x}}}`],
    ['Thanks!', '{{{Thanks!}}}'],
    ['', ''],
  ])('%j → %j', (value, wiki) => {
    expect(wikiInline(value)).toBe(wiki);
  });
});

describe('wikiCodeBlock', () => {
  it.each([
    ['plain log', '2025-01-06 09:41:02 STOR a 550\n2025-01-06 09:41:03 QUIT', '{{{\n2025-01-06 09:41:02 STOR a 550\n2025-01-06 09:41:03 QUIT\n}}}'],
    ['CRLF and trailing blank lines', 'a\r\nb\r\n\r\n', '{{{\na\nb\n}}}'],
    ['a closing line inside', 'before\n}}}\nafter', `{{{\nbefore\n}}${ZWSP}}\nafter\n}}}`],
    ['an opening line inside', '{{{#!html\n<b>x</b>', `{{{\n{${ZWSP}{{#!html\n<b>x</b>\n}}}`],
    ['a shebang first line', '#!/bin/bash\necho hi', '{{{\n#!default\n#!/bin/bash\necho hi\n}}}'],
    ['a processor-like first line', '  #!python\nx', '{{{\n#!default\n  #!python\nx\n}}}'],
    ['wiki syntax is left alone', "'''bold''' [[BR]] MaxFileSize #12", "{{{\n'''bold''' [[BR]] MaxFileSize #12\n}}}"],
  ])('%s', (_title, text, wiki) => {
    expect(wikiCodeBlock(text)).toBe(wiki);
  });
});

describe('wikiLink', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQZ', 'Gmail conversation', '[https://mail.google.com/mail/u/0/#inbox/FMfcgzQZ Gmail conversation]'],
    ['https://groups.google.com/g/ftpgate-support/c/Xk3 q]', 'Topic', '[https://groups.google.com/g/ftpgate-support/c/Xk3%20q%5D Topic]'],
    ['https://example.com/x', 'a ] b', '[https://example.com/x a   b]'],
    ['https://example.com/x', '', '[https://example.com/x]'],
  ])('%s', (url, label, wiki) => {
    expect(wikiLink(url, label)).toBe(wiki);
  });
});
