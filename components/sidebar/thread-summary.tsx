import type { JSX } from 'preact';
import type { SupportCase } from '../../lib/model/case';
import type { ThreadSnapshot } from '../../lib/model/thread';

export interface ThreadSummaryProps {
  thread: ThreadSnapshot;
  supportCase: SupportCase | null;
  /** Whether the newest message came from staff (null when unknown). */
  lastFromStaff: boolean | null;
}

/**
 * Customer and where the conversation stands, at a glance. The subject is for screen readers
 * only: the host page shows it right beside the sidebar.
 */
export function ThreadSummary({ thread, supportCase, lastFromStaff }: ThreadSummaryProps): JSX.Element {
  const customer = supportCase?.customer ?? customerGuess(thread);
  return (
    <section class="cb-section" aria-label="Conversation">
      <h2 class="cb-sr">{thread.subject || '(no subject)'}</h2>
      <dl class="cb-facts">
        <dt>Customer</dt>
        <dd data-testid="customer">
          {customer.name || customer.email || 'unknown'}
          {customer.email && customer.name ? <span class="cb-muted"> &lt;{customer.email}&gt;</span> : null}
          {customer.organisation ? <span class="cb-muted"> · {customer.organisation}</span> : null}
        </dd>
        {supportCase ? (
          <>
            <dt>From</dt>
            <dd>{supportCase.originator === 'staff' ? 'a staff member' : `the ${supportCase.originator}`}</dd>
          </>
        ) : null}
        <dt>Messages</dt>
        <dd>
          {thread.messageCount}
          {lastFromStaff === null ? null : lastFromStaff ? ' · last from a staff member' : ' · last from customer'}
        </dd>
      </dl>
    </section>
  );
}

function customerGuess(thread: ThreadSnapshot): { name: string; email: string; organisation: string } {
  const first = thread.messages[0]?.from;
  return { name: first?.name ?? '', email: first?.email ?? '', organisation: '' };
}
