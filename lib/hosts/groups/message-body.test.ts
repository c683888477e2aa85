import { afterAll, describe, expect, it } from 'vitest';
import { readMessageBody } from './message-body';
import { cutQuotedHistory, cutSignature } from './quoted-text';
import { htmlDocument, type SnippetDocument } from './test-support/html-document';

const opened: SnippetDocument[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

// What Casebook reads of a body: the page's markup walk, then the background's plain-text cuts.
describe('readMessageBody, then the quote and signature cuts', () => {
  it.each([
    ['collapsed Groups quote', 'Works now.<div class="wqmMgb"><div role="button" aria-expanded="false">…</div><div hidden>On Mon … wrote:<br>&gt; old</div></div>', 'Works now.'],
    ['expanded quote after a toggle, unknown classes', 'Works now.<div class="zz1"><div role="button" aria-expanded="true">…</div><div>&gt; old text</div></div>', 'Works now.'],
    ['mail quote markup', '<div>Thanks!</div><div class="gmail_quote"><div class="gmail_attr">On Tue, Apr 8 … wrote:</div><blockquote class="gmail_quote">old</blockquote></div>', 'Thanks!'],
    ['bare blockquote', 'Agreed.<blockquote>Could you set the address?</blockquote>', 'Agreed.'],
    ['Gmail signature block', 'Best,<br>Anselm<br>-- <br><div class="gmail_signature" data-smartmail="gmail_signature">Anselm Brandt · Tidewater Energy</div>', 'Best,\nAnselm'],
    ['aria-hidden decoration and inline display:none', 'Hi<span aria-hidden="true">👋</span><span style="display:none">tracking</span> there', 'Hi there'],
    ['plain-text quote after the reply', 'Fixed in 4.2.2.<br><br>Rafael<br><br>On Mon, Mar 31, 2025 at 6:03 AM Mei-Lin Okafor wrote:<br>&gt; Hi', 'Fixed in 4.2.2.\n\nRafael'],
    ['only a quote: empty body', '<div class="gmail_quote">On … wrote:<blockquote>old</blockquote></div>', ''],
  ])('%s', (_name, html, expected) => {
    const snippet = htmlDocument(`<div role="region" aria-labelledby="c1">${html}</div>`);
    opened.push(snippet);
    expect(cutSignature(cutQuotedHistory(readMessageBody(snippet.root)))).toBe(expected);
  });
});
