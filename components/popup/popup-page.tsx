import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { CaseStatus } from '../../lib/model/case';
import type { SidebarState, TracPreview } from '../../lib/model/messages';
import type { ReplyTemplate } from '../../lib/model/template';
import { CaseCounts, type CaseCountsProps } from '../shared/case-counts';
import { ProblemList } from '../shared/problem-list';
import { TemplatePicker } from '../shared/template-picker';
import { useAction } from '../shared/use-action';
import { CasePanel } from './case-panel';
import { EscalatePanel } from './escalate-panel';
import { PhoneCaseForm } from './phone-case-form';
import type { PhoneCaseDraft } from './phone-case-draft';

/** What the popup knows about the active tab. */
export type ActiveTab =
  | { kind: 'loading' }
  /** Not a Gmail / Groups conversation (or its page could not be asked). */
  | { kind: 'none'; reason: string }
  | { kind: 'conversation'; state: SidebarState };

export interface PopupPageProps {
  now: number;
  tab: ActiveTab;
  counts: CaseCountsProps['counts'];
  /** A failure not tied to one control (e.g. counts could not be read). */
  problem: string | null;
  onStatusChange: (status: CaseStatus) => Promise<void>;
  onOwnerChange: (owner: string | null) => Promise<void>;
  onPreviewTrac: (refresh: boolean) => Promise<TracPreview>;
  /** Answers what to do next, in words. */
  onOpenTrac: (summary: string, values: Record<string, string>) => Promise<string>;
  /** Inserts the rendered template into the tab's open reply (opening one if needed). */
  onInsertTemplate: (template: ReplyTemplate) => Promise<void>;
  onLogPhone: (draft: PhoneCaseDraft) => Promise<void>;
  onOpenDashboard: () => void;
  /** Opens the Reports page (issue #18); the button shows only when given. */
  onOpenReports?: () => void;
  onOpenOptions: () => void;
}

export function PopupPage(props: PopupPageProps): JSX.Element {
  return (
    <main class="cb-popup">
      <header class="cb-popup__header">
        <h1>Casebook</h1>
        <div class="cb-row">
          <button type="button" class="cb-button" onClick={props.onOpenDashboard}>
            Open dashboard
          </button>
          {props.onOpenReports && (
            <button type="button" class="cb-button" onClick={props.onOpenReports}>
              Reports
            </button>
          )}
          <button type="button" class="cb-button" onClick={props.onOpenOptions}>
            Options
          </button>
        </div>
      </header>
      <section aria-labelledby="cb-counts-heading">
        <h2 id="cb-counts-heading" class="cb-visually-hidden">
          All cases
        </h2>
        <CaseCounts counts={props.counts} />
      </section>
      {props.problem && <ProblemList title="Something went wrong:" problems={[props.problem]} />}
      <section aria-labelledby="cb-tab-heading">
        <h2 id="cb-tab-heading">This tab</h2>
        <ActiveTabSection {...props} />
      </section>
      <section aria-labelledby="cb-phone-heading">
        <h2 id="cb-phone-heading">Phone call</h2>
        <PhoneCaseForm onSubmit={props.onLogPhone} />
      </section>
    </main>
  );
}

function ActiveTabSection(props: PopupPageProps): JSX.Element {
  const { tab } = props;
  const [inserted, setInserted] = useState<string | null>(null);
  const insert = useAction(async (template: ReplyTemplate) => {
    setInserted(null);
    await props.onInsertTemplate(template);
    setInserted(template.name);
  });
  if (tab.kind === 'loading') return <p class="cb-muted">Reading this tab…</p>;
  if (tab.kind === 'none') return <p>{tab.reason}</p>;
  const { state } = tab;
  return (
    <>
      {state.case ? (
        <>
          <CasePanel
            supportCase={state.case}
            team={state.settings.team}
            now={props.now}
            onStatusChange={props.onStatusChange}
            onOwnerChange={props.onOwnerChange}
          />
          <EscalatePanel
            tracConfigured={state.settings.trac.baseUrl.trim() !== ''}
            onPreview={props.onPreviewTrac}
            onOpen={props.onOpenTrac}
            onOpenOptions={props.onOpenOptions}
          />
        </>
      ) : (
        <p>This conversation is not tracked as a case yet: track it from the Casebook sidebar beside it.</p>
      )}
      <h3>Reply templates</h3>
      <TemplatePicker
        templates={state.templates}
        disabled={insert.pending}
        onInsert={(template) => void insert.run(template)}
      />
      {inserted && (
        <p class="cb-notice" role="status">
          Sent “{inserted}” to the reply in this tab.
        </p>
      )}
      {insert.error && <ProblemList title="Not inserted:" problems={[insert.error]} />}
    </>
  );
}
