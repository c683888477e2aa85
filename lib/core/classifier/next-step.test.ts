import { describe, expect, it } from 'vitest';
import { Category } from '../../model/classification';
import { defaultSettings } from '../../model/settings';
import { nextStep } from './next-step';

const links = { ...defaultSettings.links, screenShare: 'https://meet.example.com/support' };

describe('nextStep', () => {
  it.each([
    { category: 'feature_request', link: links.roadmap, words: /roadmap/i },
    { category: 'licensing_sales', link: links.lifeCycle, words: /Sales/ },
    { category: 'licensing_sales', link: links.supportOptions, words: /support options/i },
    { category: 'defect', link: links.screenShare, words: /installation details.*escalate/i },
    { category: 'installation_details', link: null, words: /recreate/i },
    { category: 'auto_reply', link: null, words: /no answer needed/i },
  ] as const)('$category links $link', ({ category, link, words }) => {
    const step = nextStep(category, links);
    expect(step.summary).toMatch(words);
    if (link) expect(step.links.map((l) => l.url)).toContain(link);
    else expect(step.links).toEqual([]);
  });

  it('has a summary and steps for every category', () => {
    for (const category of Category.options) {
      const step = nextStep(category, links);
      expect(step.summary.length, category).toBeGreaterThan(10);
      expect(step.steps.length, category).toBeGreaterThan(0);
    }
  });

  it('leaves out links that are not set', () => {
    expect(nextStep('defect', { ...links, screenShare: '' }).links).toEqual([]);
    expect(nextStep('feature_request', { ...links, roadmap: ' ' }).links.map((l) => l.label)).toEqual(['Support options']);
  });
});
