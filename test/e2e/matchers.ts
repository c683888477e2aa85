import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Web-first assertions for Playwright locators (playwright-core has no `expect`): each polls
 * until it holds or `timeout` passes, so tests wait for the page instead of sleeping.
 */
const timeout = 10_000;

/** True once `check` holds, false when `timeoutMs` passed first (also used by the Firefox harness). */
export async function poll(check: () => Promise<boolean>, timeoutMs = timeout): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

expect.extend({
  async toBeVisible(locator: Locator) {
    const pass = await poll(() => locator.first().isVisible());
    return { pass, message: () => `expected ${locator} to ${pass ? 'not ' : ''}be visible` };
  },
  async toContainText(locator: Locator, text: string) {
    let last = '';
    const pass = await poll(async () => {
      last = await locator.first().innerText({ timeout: 500 });
      return last.includes(text);
    });
    return { pass, message: () => `expected ${locator} to contain ${JSON.stringify(text)}, got ${JSON.stringify(last)}` };
  },
  async toHaveCount(locator: Locator, count: number) {
    let last = -1;
    const pass = await poll(async () => (last = await locator.count()) === count);
    return { pass, message: () => `expected ${locator} to have ${count} elements, got ${last}` };
  },
  async toBeDisabled(locator: Locator) {
    const pass = await poll(() => locator.first().isDisabled({ timeout: 500 }));
    return { pass, message: () => `expected ${locator} to be disabled` };
  },
  async toHaveValue(locator: Locator, value: string | RegExp) {
    let last = '';
    const pass = await poll(async () => {
      last = await locator.first().inputValue({ timeout: 500 });
      return typeof value === 'string' ? last === value : value.test(last);
    });
    return { pass, message: () => `expected ${locator} to have the value ${String(value)}, got ${JSON.stringify(last)}` };
  },
});

declare module 'vitest' {
  interface Assertion {
    toBeVisible(): Promise<void>;
    toContainText(text: string): Promise<void>;
    toHaveCount(count: number): Promise<void>;
    toBeDisabled(): Promise<void>;
    toHaveValue(value: string | RegExp): Promise<void>;
  }
}
