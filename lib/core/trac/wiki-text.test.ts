import { describe, expect, it } from 'vitest';
import { codeBlockProblems, inlineProblems } from './wiki-invariants';
import { wikiCodeBlock, wikiInline, wikiLink } from './wiki-text';

const ZWSP = '\u200B';

describe('wikiInline', () => {
  it.each([
    ['Dana Whitfield', 'Dana Whitfield'],
    ['  Dana\n  Whitfield ', 'Dana Whitfield'],
    // Trac links an e-mail address and #123: inert as inline code.
    ['dana.whitfield@lakeside.example.com', '{{{dana.whitfield@lakeside.example.com}}}'],
    // CamelCase would link to a missing wiki page.
    ['Kenzie McDonald', 'Kenzie !McDonald'],
    ['MaxFileSize exceeded', '!MaxFileSize exceeded'],
    ['FileZilla and WinSCP', '!FileZilla and WinSCP'],
    ['FTPGate Server 4.2', 'FTPGate Server 4.2'],
    ['see ticket #123', '{{{see ticket #123}}}'],
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
    // Hostile names (issue #11): five closing braces used to leave "}}}" that closed the code early.
    ['x}}}}}[[Image(https://attacker.example/p.png)]]', `{{{x}}${ZWSP}}${ZWSP}}${ZWSP}}[[Image(https://attacker.example/p.png)]]}}}`],
    ['}}}}}}', `{{{}}${ZWSP}}${ZWSP}}${ZWSP}}${ZWSP}}${ZWSP}}}}`],
    // Python's splitlines() breaks the line at these; JavaScript's \s misses some of them.
    ['a\x85[[Image(x)]]', '{{{a [[Image(x)]]}}}'],
    ['a\x1c\x1d\x1e\v\f\u2028\u2029b', 'a b'],
    ['Dana\x1c[[BR]]', '{{{Dana [[BR]]}}}'],
    // Link rules outside the old list: scheme:target, interwiki, paths to pages, lone r123.
    ['Google:foo', '{{{Google:foo}}}'],
    ['see /WikiStart', '{{{see /WikiStart}}}'],
    ['Version: 4.2', 'Version: 4.2'],
    ['r42', '{{{r42}}}'],
    ["it's done", "it's done"],
    ['a,,b', '{{{a,,b}}}'],
    ['McDonalde\u0301', '{{{McDonalde\u0301}}}'],
  ])('%j → %j', (value, wiki) => {
    expect(wikiInline(value)).toBe(wiki);
    expect(inlineProblems(wikiInline(value))).toEqual([]);
  });

  it('is fast on a long CamelCase-like run (the old pattern doubled its time every 2 characters)', () => {
    const started = performance.now();
    wikiInline('Aa'.repeat(5_000) + 'A');
    // Linear takes a few ms; the old pattern would not finish. Room for a busy machine.
    expect(performance.now() - started).toBeLessThan(1000);
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
    ['six closing braces on a line', 'a\n}}}}}}\nb', `{{{\na\n}}${ZWSP}}${ZWSP}}${ZWSP}}${ZWSP}}\nb\n}}}`],
    ['a processor after Python-only whitespace', '\x1f#!html\n<b>x</b>', '{{{\n#!default\n\x1f#!html\n<b>x</b>\n}}}'],
  ])('%s', (_title, text, wiki) => {
    expect(wikiCodeBlock(text)).toBe(wiki);
    expect(codeBlockProblems(wikiCodeBlock(text))).toEqual([]);
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
