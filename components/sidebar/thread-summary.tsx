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

/** Subject, customer and where the conversation stands, at a glance. */
export function ThreadSummary({ thread, facts, originator }: ThreadSummaryProps): JSX.Element {
  return (
    <section class="cb-section" aria-label="Conversation">
      <h2 class="cb-subject">{thread.subject || '(no subject)'}</h2>
      <dl class="cb-facts">
        <dt>Customer</dt>
        <dd data-testid="customer">
          {facts?.customer ?? '…'}
          {facts?.customerDetail ? <span class="cb-muted"> {facts.customerDetail}</span> : null}
        </dd>
        {originator ? (
          <>
            <dt>Originator</dt>
            <dd>{originator}</dd>
          </>
        ) : null}
        <dt>Messages</dt>
        <dd>{facts?.messages ?? thread.messageCount}</dd>
      </dl>
    </section>
  );
}
