// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collaborativeHints } from '../../lib/core/case/collaborative-hints';
import { newCase } from '../../lib/core/case/new-case';
import type { SupportCase } from '../../lib/model/case';
import { renderForTest, type Rendered } from '../shared/render-for-test';
import { CollaborativeHints } from './collaborative-hints';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const aCase = (extra: Partial<SupportCase>): SupportCase => ({
  ...newCase({
    id: 'c1', host: 'groups', account: 'ftpgate-help', threadId: 'q9Zr-4LmT_w', threadUrl: '', subject: 'Upload fails',
    customer: { name: 'Jane Doe', email: 'jane@acme.com', organisation: 'Acme' }, originator: 'customer', source: 'email', createdAt: 0,
  }),
  ...extra,
});
const hints = collaborativeHints({ assigneeName: 'Lena Marquardt', assigneeEmail: 'lena@example.net', resolution: 'complete' }, []);

describe('CollaborativeHints', () => {
  it('offers each suggestion the case does not have yet, and sends its change on a click', async () => {
    const onChange = vi.fn();
    view = await renderForTest(<CollaborativeHints hints={hints} supportCase={aCase({ owner: 'LENA@example.net' })} onChange={onChange} />);
    expect(view.text()).toBe('Groups has this conversation marked complete. Close the case');
    await act(() => view!.container.querySelector('button')!.click());
    expect(onChange).toHaveBeenCalledWith({ kind: 'status', to: 'closed', reason: 'Groups: marked complete' });
  });

  it('shows nothing when the case already is so, or without hints', async () => {
    view = await renderForTest(<CollaborativeHints hints={hints} supportCase={aCase({ owner: 'lena@example.net', status: 'closed' })} onChange={() => undefined} />);
    expect(view.container.querySelector('section')).toBeNull();
    view.unmount();
    view = await renderForTest(<CollaborativeHints hints={[]} supportCase={aCase({})} onChange={() => undefined} />);
    expect(view.container.querySelector('section')).toBeNull();
  });
});
