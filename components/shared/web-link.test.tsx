// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderForTest, type Rendered } from './render-for-test';
import { WebLink } from './web-link';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('WebLink', () => {
  it('links an http(s) address in a new tab, without the opener', async () => {
    view = await renderForTest(<WebLink url="https://trac.example.com/ticket/7">Trac #7</WebLink>);
    const link = view.container.querySelector('a');
    expect([link?.getAttribute('href'), link?.target, link?.rel, link?.textContent]).toEqual(['https://trac.example.com/ticket/7', '_blank', 'noreferrer noopener', 'Trac #7']);
  });

  it.each(['javascript:alert(document.domain)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', ''])('shows %j as text, never as a link', async (url) => {
    view = await renderForTest(<WebLink url={url}>Trac #7</WebLink>);
    expect(view.container.querySelector('a')).toBeNull();
    expect(view.container.textContent).toBe('Trac #7');
  });
});
