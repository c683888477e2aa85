import type { JSX, RefObject } from 'preact';
import type { Category } from '../../lib/model/classification';
import type { SupportCase } from '../../lib/model/case';
import type { CaseChange, HostHint, SidebarState, TracPreview } from '../../lib/model/messages';
import type { Settings } from '../../lib/model/settings';
import type { ReplyTemplate } from '../../lib/model/template';
import type { ThreadSnapshot } from '../../lib/model/thread';
import { CaseLine, CaseWork } from './case-panel';
import { DueCountdown } from './due-countdown';
import { ClassificationPanel } from './classification-panel';
import { EscalationPreview } from './escalation-preview';
import { FillInFields, type FillInFieldsProps } from './fill-in-fields';
import { ReadProblems } from './read-problems';
import { TemplatePicker } from '../shared/template-picker';
import { ThreadSummary } from './thread-summary';

/** Templates the picker shows before a search: the ones the conversation's category suggests. */
const SUGGESTED_TEMPLATES = 4;

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
  /** `refresh`: read Trac's choices again (a click's event is not `true`). */
  onEscalate: (refresh?: boolean) => void;
  onOpenTicket: (summary: string, values: Record<string, string>) => void;
  onCancelEscalation: () => void;
  /** Reads the case's Trac tickets again (the background refreshes them when a thread is read). */
  onRefreshTickets: () => void;
  /** Opens Casebook's options at the section an unconfigured sidebar names. */
  onOpenSetup: (section: NonNullable<SidebarState['setup']>['section']) => void;
}

export interface HostPanelProps {
  /** The host page's suggestions, worded by the background (SidebarState.hostHints). */
  hints: HostHint[];
  supportCase: SupportCase;
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

/** The user's own address for "Assign to me": their team member entry when there is one. */
function myOwnerAddress({ identity, team }: Settings): string {
  const mine = identity.emails.map((e) => e.toLowerCase());
  return team.find((m) => mine.includes(m.email.toLowerCase()))?.email ?? identity.emails[0] ?? '';
}

/**
 * The Casebook sidebar beside an open conversation. Order is what a support engineer needs
 * first: who else is on it, the case line (deadline, status, owner), the classification with
 * the next step, the templates it suggests, then the working record (checklists, notes,
 * timeline). The host already shows the subject, so it is only read to screen readers here.
 */
export function Sidebar({ model, actions, searchRef, hostPanel: HostPanel }: SidebarProps): JSX.Element {
  const { state, fillIn } = model;
  const c = state?.case;
  const closeOffer = state?.closeOffer;
  if (model.collapsed) {
    // The tab says where the case stands, so it can stay collapsed all day.
    return (
      <aside aria-label="Casebook" class="cb-root cb-collapsed">
        <button type="button" class="cb-tab" aria-expanded="false" onClick={actions.onToggleCollapsed}>
          Casebook
          {c ? (
            <>
              {' · '}
              {c.status.startsWith('waiting') ? 'waiting' : c.status === 'closed' ? 'closed' : <DueCountdown dueAt={c.dueAt} now={model.now} wording={state.deadline} />}
            </>
          ) : null}
        </button>
      </aside>
    );
  }
  // Escape, or Cancel, closes the escalation preview; the focus goes back to "Escalate to Trac"
  // instead of being lost with the form.
  const cancelEscalation = (event: Event): void => {
    const root = (event.currentTarget as Element).closest('aside');
    actions.onCancelEscalation();
    root?.querySelector<HTMLElement>('.cb-escalate')?.focus();
  };
  return (
    <aside
      aria-label="Casebook"
      class="cb-root"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && model.escalation && !event.defaultPrevented) cancelEscalation(event);
      }}
    >
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
        {c ? (
          <CaseLine
            supportCase={c}
            team={state.settings.team}
            me={myOwnerAddress(state.settings)}
            now={model.now}
            deadline={state.deadline}
            onChange={actions.onChange}
            onEscalate={actions.onEscalate}
            onRefreshTickets={actions.onRefreshTickets}
          />
        ) : state ? (
          <section class="cb-section" aria-label="Case">
            {state.setup ? (
              // Unconfigured: what is missing, and where it is set (the page cannot open an
              // extension page itself: the background does).
              <p class="cb-warning">
                {state.setup.text}{' '}
                <a
                  href={`#${state.setup.section}`}
                  onClick={(event) => {
                    event.preventDefault();
                    actions.onOpenSetup(state.setup!.section);
                  }}
                >
                  Set it up in the options
                </a>
              </p>
            ) : null}
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
        {/* Right under the case line's "Escalate to Trac", which opened it. */}
        {model.escalation ? (
          <EscalationPreview
            key={model.escalation.url}
            preview={model.escalation}
            onOpen={actions.onOpenTicket}
            onRefresh={() => actions.onEscalate(true)}
            onCancel={cancelEscalation}
          />
        ) : null}
        <ReadProblems problems={model.thread.problems} onReport={actions.onReport} reportStatus={model.reportStatus} />
        {model.error ? (
          <p class="cb-section cb-warning" role="alert">
            {model.error}
          </p>
        ) : null}
        {closeOffer ? (
          // "Thanks, works now" needs no answer: one click closes the case, the offer its reason.
          <button type="button" onClick={() => actions.onChange({ kind: 'status', to: 'closed', reason: closeOffer })}>
            {closeOffer}
          </button>
        ) : null}
        <ThreadSummary thread={model.thread} facts={state?.facts ?? null} originator={c?.originator ?? null} />
        {state?.classification ? (
          <ClassificationPanel classification={state.classification} nextStep={state.nextStep} onCorrect={actions.onCorrect} />
        ) : null}
        <section class="cb-section" aria-label="Reply templates">
          <h3>Reply templates</h3>
          {/* Keyed by conversation: the search starts empty on each one. */}
          <TemplatePicker
            key={model.thread.threadId}
            templates={state?.templates ?? []}
            preferredCategory={state?.classification?.category ?? null}
            limit={SUGGESTED_TEMPLATES}
            onInsert={actions.onInsert}
            searchRef={searchRef}
          />
          {fillIn ? <FillInFields key={fillIn.name} {...fillIn} /> : null}
          <p class="cb-muted" role="status" aria-live="polite">
            {model.insertStatus}
          </p>
        </section>
        {c && HostPanel ? <HostPanel hints={state.hostHints ?? []} supportCase={c} onChange={actions.onChange} /> : null}
        {c ? <CaseWork supportCase={c} events={state.events} labels={state.checklistLabels} onChange={actions.onChange} /> : null}
        {state && state.linkCandidates.length > 0 && c ? (
          <section class="cb-section" aria-label="Same conversation elsewhere">
            <p>These cases look like the same conversation:</p>
            {state.linkCandidates.map((candidate) => (
              <button
                key={candidate.caseId}
                type="button"
                class="cb-clamp"
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
