import { describe, expect, it } from 'vitest';
import { documentOf } from './gmail/test-support/fixture-pages';
import { finishSteps, NODES_PER_STEP } from './read-steps';
import { walkTree, type TreeVisitor } from './walk-tree';

function counting(): { visitor: TreeVisitor; visited: () => number; texts: string[] } {
  let visited = 0;
  const texts: string[] = [];
  return {
    texts,
    visited: () => visited,
    visitor: {
      stop: () => false,
      text: (node) => {
        visited++;
        texts.push(node.nodeValue ?? '');
      },
      enter: () => {
        visited++;
        return true;
      },
      leave: () => undefined,
    },
  };
}

const lines = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i}`).join('<br>');

describe('walkTree in steps', () => {
  it('never visits more than NODES_PER_STEP nodes between two yields, on 20,000 nodes', () => {
    const root = documentOf(`<div id="m">${lines(10_000)}</div>`).getElementById('m') as Element;
    const { visitor, visited } = counting();
    const steps = walkTree(root, visitor);
    let before = 0;
    let most = 0;
    let yields = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) {
      most = Math.max(most, visited() - before);
      before = visited();
      yields++;
    }
    expect(visited()).toBe(20_000 - 1);
    expect(most).toBeLessThanOrEqual(NODES_PER_STEP);
    expect(yields).toBeGreaterThanOrEqual(Math.floor(19_999 / NODES_PER_STEP) - 1);
  });

  it('visits the same nodes in steps as all at once', () => {
    const root = documentOf(`<div id="m"><p>a<b>b</b></p>${lines(1000)}<table><tr><td>c</td></tr></table></div>`).getElementById('m') as Element;
    const inSteps = counting();
    finishSteps(walkTree(root, inSteps.visitor));
    expect(inSteps.texts.slice(0, 2)).toEqual(['a', 'b']);
    expect(inSteps.texts.at(-1)).toBe('c');
    expect(inSteps.texts.length).toBe(1000 + 3);
  });

  it('ends quietly when the page removed the part it was reading between two steps', () => {
    const doc = documentOf(`<div id="m"><div id="gone">${lines(2000)}</div><p>after</p></div>`);
    const root = doc.getElementById('m') as Element;
    const { visitor, texts } = counting();
    const steps = walkTree(root, visitor);
    steps.next();
    doc.getElementById('gone')?.remove();
    expect(() => finishSteps(steps)).not.toThrow();
    // It finishes the removed part (what it held when reading began), then cannot climb back.
    expect(texts).not.toContain('after');
    expect(texts.length).toBeLessThanOrEqual(2000);
  });
});
