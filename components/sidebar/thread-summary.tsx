import type { JSX } from 'preact';
import type { Originator } from '../../lib/model/case';
import type { ConversationFacts } from '../../lib/model/messages';
import type { ThreadSnapshot } from '../../lib/model/thread';

export interface ThreadSummaryProps {
  thread: ThreadSnapshot;
  /** Null until the background answered (it decides who the customer is). */
  facts: ConversationFacts | null;
  /** The case's originator; null without a case. */
  originator: Originator | null;
}

/**
 * Customer and where the conversation stands, at a glance. The subject is for screen readers
 * only: the host page shows it right beside the sidebar.
 */
export function ThreadSummary({ thread, facts, originator }: ThreadSummaryProps): JSX.Element {
  return (
    <section class="cb-section" aria-label="Conversation">
      <h2 class="cb-sr">{thread.subject || '(no subject)'}</h2>
      <dl class="cb-facts">
        <dt>Customer</dt>
        <dd data-testid="customer">
          {facts?.customer ?? '…'}
          {facts?.customerDetail ? <span class="cb-muted"> {facts.customerDetail}</span> : null}
        </dd>
        {originator ? (
          <>
            <dt>From</dt>
            <dd>{originator === 'staff' ? 'a staff member' : `the ${originator}`}</dd>
          </>
        ) : null}
        <dt>Messages</dt>
        <dd>{facts?.messages ?? thread.messageCount}</dd>
      </dl>
    </section>
  );
}
