import type { JSX, RefObject } from 'preact';
import type { Category } from '../../lib/model/classification';
import type { SupportCase } from '../../lib/model/case';
import type { CaseChange, SidebarState, TracPreview } from '../../lib/model/messages';
import type { TeamMember } from '../../lib/model/settings';
import type { ReplyTemplate } from '../../lib/model/template';
import type { ThreadSnapshot } from '../../lib/model/thread';
import { CasePanel } from './case-panel';
import { ClassificationPanel } from './classification-panel';
import { EscalationPreview } from './escalation-preview';
import { FillInFields, type FillInFieldsProps } from './fill-in-fields';
import { ReadProblems } from './read-problems';
import { TemplatePicker } from '../shared/template-picker';
import { ThreadSummary } from './thread-summary';

/** Everything the sidebar shows; the content script owns it and re-renders on change. */
export interface SidebarModel {
  thread: ThreadSnapshot;
  /** Null until the background answered. */
  state: SidebarState | null;
  error: string;
  collapsed: boolean;
  now: number;
  insertStatus: string;
  reportStatus: string;
  escalation: TracPreview | null;
  /** The fill-in fields shown for a template that needs values Casebook lacks. */
  fillIn?: FillInFieldsProps | null;
}

export interface SidebarActions {
  onToggleCollapsed: () => void;
  onInsert: (template: ReplyTemplate) => void;
  onTrack: () => void;
  onChange: (change: CaseChange) => void;
  onCorrect: (to: Category) => void;
  onReport: () => void;
  onEscalate: () => void;
  onOpenTicket: (summary: string, priority: string) => void;
  onCancelEscalation: () => void;
}

export interface HostPanelProps {
  thread: ThreadSnapshot;
  supportCase: SupportCase;
  team: TeamMember[];
  onChange: (change: CaseChange) => void;
}

/**
 * A panel only one host has (Groups' Collaborative Inbox hints), handed in by that host's
 * entrypoint so the other host's injected bundle does not carry it.
 */
export type HostPanel = (props: HostPanelProps) => JSX.Element | null;

export interface SidebarProps {
  model: SidebarModel;
  actions: SidebarActions;
  searchRef?: RefObject<HTMLInputElement | null>;
  hostPanel?: HostPanel | undefined;
}

/** The Casebook sidebar beside an open conversation. */
export function Sidebar({ model, actions, searchRef, hostPanel: HostPanel }: SidebarProps): JSX.Element {
  if (model.collapsed) {
    return (
      <aside aria-label="Casebook" class="cb-root cb-collapsed">
        <button type="button" class="cb-tab" aria-expanded="false" onClick={actions.onToggleCollapsed}>
          Casebook
        </button>
      </aside>
    );
  }
  const { state, fillIn } = model;
  const closeOffer = state?.closeOffer;
  return (
    <aside aria-label="Casebook" class="cb-root">
      <header class="cb-header">
        <span class="cb-title">Casebook</span>
        <button type="button" aria-expanded="true" aria-label="Collapse Casebook" onClick={actions.onToggleCollapsed}>
          ›
        </button>
      </header>
      <div class="cb-body">
        {state?.team ? (
          // Before anything else: someone else may already be answering this customer.
          <section class="cb-section" aria-label="Team" role="status">
            {state.team.presence.map((line) => (
              <p key={line} class="cb-warning">
                {line}
              </p>
            ))}
            <p class="cb-muted">{state.team.status}</p>
          </section>
        ) : null}
        <ThreadSummary thread={model.thread} facts={state?.facts ?? null} originator={state?.case?.originator ?? null} />
        <ReadProblems problems={model.thread.problems} onReport={actions.onReport} reportStatus={model.reportStatus} />
        {model.error ? (
          <p class="cb-section cb-warning" role="alert">
            {model.error}
          </p>
        ) : null}
        {state?.classification ? (
          <ClassificationPanel classification={state.classification} nextStep={state.nextStep} onCorrect={actions.onCorrect} />
        ) : null}
        <section class="cb-section" aria-label="Reply templates">
          <h3>Reply templates</h3>
          <TemplatePicker templates={state?.templates ?? []} onInsert={actions.onInsert} searchRef={searchRef} />
          {fillIn ? <FillInFields key={fillIn.name} {...fillIn} /> : null}
          <p class="cb-muted" role="status" aria-live="polite">
            {model.insertStatus}
          </p>
        </section>
        {model.escalation ? (
          <EscalationPreview key={model.escalation.url} preview={model.escalation} onOpen={actions.onOpenTicket} onCancel={actions.onCancelEscalation} />
        ) : null}
        {state?.case && HostPanel ? (
          <HostPanel thread={model.thread} supportCase={state.case} team={state.settings.team} onChange={actions.onChange} />
        ) : null}
        {closeOffer ? (
          // "Thanks, works now" needs no answer: one click closes the case, the offer its reason.
          <button onClick={() => actions.onChange({ kind: 'status', to: 'closed', reason: closeOffer })}>{closeOffer}</button>
        ) : null}
        {state?.case ? (
          <CasePanel
            supportCase={state.case}
            events={state.events}
            team={state.settings.team}
            now={model.now}
            deadline={state.deadline}
            onChange={actions.onChange}
            onEscalate={actions.onEscalate}
          />
        ) : state ? (
          <section class="cb-section" aria-label="Case">
            <p>This conversation is not tracked as a support case.</p>
            <button type="button" onClick={actions.onTrack}>
              Track as a case
            </button>
          </section>
        ) : (
          <p class="cb-muted" role="status">
            Loading case…
          </p>
        )}
        {state && state.linkCandidates.length > 0 && state.case ? (
          <section class="cb-section" aria-label="Same conversation elsewhere">
            <p>These cases look like the same conversation:</p>
            {state.linkCandidates.map((candidate) => (
              <button
                key={candidate.caseId}
                type="button"
                onClick={() => actions.onChange({ kind: 'link_case', otherCaseId: candidate.caseId })}
              >
                Link with {candidate.host ?? 'phone'} case “{candidate.subject}”
              </button>
            ))}
          </section>
        ) : null}
      </div>
    </aside>
  );
}
