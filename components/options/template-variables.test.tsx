import { describe, expect, it } from 'vitest';
import { checkTemplate, insertAt, type TemplateVariable } from './template-variables';

const catalogue: TemplateVariable[] = [
  { name: 'customer.firstName', description: 'The customer first name' },
  { name: 'case.id', description: 'Case reference' },
  { name: 'agent.name', description: 'Your name' },
];

describe('checkTemplate', () => {
  it.each<[string, string[]]>([
    ['Hello {{customer.firstName}},\n\nThanks, {{agent.name}}', []],
    ['Hello {{ customer.firstName }}', []],
    ['Hello {{customer.first_name}} about {{case.id}}', ['customer.first_name']],
    ['{{ticket.number}} and again {{ticket.number}}, {{tiket.url}}', ['ticket.number', 'tiket.url']],
    ['Plain text with {single} braces and {{ }} nothing inside', []],
    ['{{#if customer.firstName}}Dear {{customer.firstName}}{{else}}Hello{{/if}},', []],
    ['{{#unless ticket.url}}No ticket yet{{/unless}} for {{case.id}}', ['ticket.url']],
  ])('%j has unknown variables %j', (body, expected) => {
    expect(checkTemplate(body, catalogue).unknown).toEqual(expected);
  });

  it('passes on the parser\'s words for an unclosed condition', () => {
    const { errors } = checkTemplate('{{#if customer.firstName}}Dear {{customer.firstName}},', catalogue);
    expect(errors).toEqual(['{{#if customer.firstName}} is never closed with {{/if}}']);
  });
});

describe('insertAt', () => {
  it.each<[string, number, number, string, string, number]>([
    ['Hello ,', 6, 6, '{{customer.firstName}}', 'Hello {{customer.firstName}},', 28],
    ['Dear NAME,', 5, 9, '{{customer.firstName}}', 'Dear {{customer.firstName}},', 27],
    ['', 0, 0, '{{case.id}}', '{{case.id}}', 11],
  ])('into %j at %i..%i', (text, start, end, insert, expected, caret) => {
    expect(insertAt(text, start, end, insert)).toEqual({ text: expected, caret });
  });
});
