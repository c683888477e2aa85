import { afterAll, describe, expect, it } from 'vitest';
import { finishSteps } from '../read-steps';
import { readGroupsMessage, type MessageReading } from './read-message';
import { htmlDocument, type SnippetDocument } from './test-support/html-document';

const opened: SnippetDocument[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

const NNBSP = '\u202f';
const body = '<div role="region" aria-labelledby="c1">Hello</div>';

function read(sectionInner: string, attributes = 'data-doc-id="Ab1cD3eF5gAJ"'): MessageReading {
  const snippet = htmlDocument(`<section role="listitem" ${attributes}>${sectionInner}</section>`);
  opened.push(snippet);
  return finishSteps(readGroupsMessage(snippet.root, 2));
}

describe('readGroupsMessage header', () => {
  it.each<[string, string, string]>([
    ['address in its own span', '<h3 id="c1">Anselm Brandt</h3><span>anselm.brandt@tidewater.example.net</span>', 'anselm.brandt@tidewater.example.net'],
    ['address in angle brackets', '<h3 id="c1">Anselm Brandt</h3><span>&lt;anselm.brandt@tidewater.example.net&gt;</span>', 'anselm.brandt@tidewater.example.net'],
    ['masked address does not count', '<h3 id="c1">Mei-Lin Okafor</h3><a href data-email-masked>meilin...@cobaltfreight.example.com</a>', ''],
    ['masked with an ellipsis character', '<h3 id="c1">Mei-Lin Okafor</h3><span>meilin…@cobaltfreight.example.com</span>', ''],
    ['an address inside the body is not the author', '<h3 id="c1">Anselm Brandt</h3><div role="region" aria-labelledby="c1">write to ops@tidewater.example.net</div>', ''],
  ])('%s', (_name, inner, email) => {
    expect(read(inner + (inner.includes('role="region"') ? '' : body)).message.from.email).toBe(email);
  });

  it.each<[string, string, string, boolean]>([
    ['date found by its shape, any class', `<span class="newClass">Apr 10, 2025, 2:38:50${NNBSP}PM</span>`, `Apr 10, 2025, 2:38:50${NNBSP}PM`, true],
    ['with a relative suffix', `<span>Apr 10, 2025, 2:38:50${NNBSP}PM (2 days ago)</span>`, `Apr 10, 2025, 2:38:50${NNBSP}PM (2 days ago)`, true],
    ['the compiled class when the text is another language', '<span class="zX2W9c">10 avr. 2025, 14:38</span>', '10 avr. 2025, 14:38', false],
  ])('%s', (_name, dateHtml, dateText, parsed) => {
    const { message } = read(`<h3 id="c1">Anselm Brandt</h3>${dateHtml}${body}`);
    expect(message.dateText).toBe(dateText);
    expect(message.sentAt !== null).toBe(parsed);
  });

  it.each<[string, string, string, string | null]>([
    ['data-doc-id', '<h3>A</h3>', 'data-doc-id="Ab1cD3eF5gAJ"', 'Ab1cD3eF5gAJ'],
    ['the menu ids when data-doc-id is gone', '<h3>A</h3><div role="button" data-conv-id="_hB2yW7cXe1" data-message-id="Zz1cD3eF5gAJ"></div>', '', 'Zz1cD3eF5gAJ'],
    ['none', '<h3>A</h3>', '', null],
  ])('message id from %s', (_name, inner, attributes, id) => {
    expect(read(inner + body, attributes).message.id).toBe(id);
  });

  it('takes the author from data-author when the heading is gone, and names problems by position', () => {
    const { message, problems } = read(body, 'data-author="Anselm Brandt"');
    expect(message.from.name).toBe('Anselm Brandt');
    expect(problems.map((p) => p.what)).toEqual(['message 2: id', 'message 2: date']);
  });

  it('accepts an ARIA heading of level 3 as the author', () => {
    expect(read(`<div role="heading" aria-level="3">Anselm Brandt</div>${body}`).message.from.name).toBe('Anselm Brandt');
  });
});
