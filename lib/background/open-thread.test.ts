import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../model/settings';
import { learnSendAs } from './send-as-store';
import { at, idSource, message, people, settings, thread } from '../core/case/test-support';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import { saveTemplate } from '../db/templates-repository';
import { openTestDb } from '../db/test-db';
import type { Classification } from '../model/classification';
import type { ClassifierService } from './classifier-service';
import { openThread } from './open-thread';
import type { Services } from './services';

const classification: Classification = { category: 'defect', confidence: 0.9, reasons: [], originator: 'customer', source: 'email', multipleQuestions: false } as unknown as Classification;
const classifier = { classify: async () => classification, nextStep: () => null } as unknown as ClassifierService;
const support = thread([message(people.jane, '2025-11-03T10:00:00Z')], { labels: ['Support'] });

function services(): Services {
  return { db: openTestDb(), now: () => at('2025-11-03T10:05:00Z'), newId: idSource('t'), settings: async () => settings, holidays: () => () => false };
}

describe('openThread', () => {
  it('tracks a support thread and says it saved', async () => {
    const s = services();
    const { state, saved } = await openThread(s, classifier, support, false);
    expect([saved, state.case?.version, state.storageProblem]).toEqual([true, 1, null]);
    // Read again: nothing new, nothing saved, nobody to tell.
    expect((await openThread(s, classifier, support, false)).saved).toBe(false);
  });

  it('with storage full, still shows the classification and templates, unsaved, and says why in words', async () => {
    const s = services();
    vi.spyOn(s.db.cases, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { state, saved } = await openThread(s, classifier, support, false);
    expect(saved).toBe(false);
    expect(state.case).toBeNull();
    expect(state.classification?.category).toBe('defect');
    expect(state.templates.length).toBe(BUILT_IN_TEMPLATES.length);
    expect(Object.keys(state.rendered).length).toBe(BUILT_IN_TEMPLATES.length);
    expect(state.storageProblem).toMatch(/no more room/);
  });

  it('one broken template says why and leaves the others working', async () => {
    const s = services();
    const deep = '{{#if customer.name}}'.repeat(5000) + 'x' + '{{/if}}'.repeat(5000);
    await saveTemplate(s.db, { id: 'custom:deep', name: 'Deep', body: deep, category: null, builtIn: false, updatedAt: 0 });
    const { state } = await openThread(s, classifier, support, false);
    expect(state.rendered['custom:deep']).toMatchObject({ parts: [], problem: expect.stringMatching(/^“Deep” cannot be used: /) });
    const others = Object.entries(state.rendered).filter(([id]) => id !== 'custom:deep');
    expect(others.length).toBe(BUILT_IN_TEMPLATES.length);
    expect(others.every(([, rendered]) => rendered.parts.length > 0 && rendered.problem === undefined)).toBe(true);
  });

  it('other failures still fail', async () => {
    const s = services();
    vi.spyOn(s.db.cases, 'put').mockImplementation(() => {
      throw new TypeError('a bug');
    });
    await expect(openThread(s, classifier, support, false)).rejects.toThrow('a bug');
  });

  // Issue #13: a reply the engineer sent from a Gmail send-as address is staff's once the
  // address was seen in the account's compose, with nothing set up in the options.
  it('counts the account\'s learnt send-as addresses as staff: the customer is who wrote to them', async () => {
    fakeBrowser.reset();
    const s = { ...services(), settings: async () => defaultSettings };
    const alias = { name: 'FTPGate Support', email: 'support@example.net' };
    const greta = { name: 'Greta Lindholm', email: 'greta.lindholm@example.org' };
    const began = thread([message(alias, '2025-11-03T09:00:00Z'), message(greta, '2025-11-03T09:30:00Z')], { account: 'helpdesk@example.net' });
    expect((await openThread(s, classifier, began, false)).state.facts?.customer).toContain('FTPGate Support');
    await learnSendAs('helpdesk@example.net', ['helpdesk@example.net', 'support@example.net']);
    const { state } = await openThread(s, classifier, began, false);
    expect(state.facts?.customer).toContain('Greta Lindholm');
    // Another account does not inherit them.
    expect((await openThread(s, classifier, { ...began, account: 'sales@example.net' }, false)).state.facts?.customer).toContain('FTPGate Support');
  });
});
