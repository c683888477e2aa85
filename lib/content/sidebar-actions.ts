import type { SidebarActions, SidebarModel } from '../../components/sidebar/sidebar';
import type { HostAdapter } from '../hosts/host-adapter';
import { ask } from './content-messaging';
import type { TabPush, SidebarState } from '../model/messages';
import type { ReplyTemplate } from '../model/template';
import type { ThreadSnapshot } from '../model/thread';
import { saveCollapsed } from './collapsed-preference';
import { insertReply } from './reply-inserter';

export interface SidebarActionDeps {
  adapter: HostAdapter;
  getModel: () => SidebarModel | null;
  update: (patch: Partial<SidebarModel>) => void;
  focusSearch: () => void;
  /** The focus shortcut: into the sidebar and back (lib/content/focus-toggle.ts). */
  toggleFocus: () => void;
}

export interface SidebarController extends SidebarActions {
  load: (thread: ThreadSnapshot, signal: AbortSignal) => Promise<void>;
  onPush: (message: TabPush) => void;
}

/** What each sidebar control does. Every failure becomes a plain message in the sidebar. */
export function createSidebarActions({ adapter, getModel, update, focusSearch, toggleFocus }: SidebarActionDeps): SidebarController {
  const fail = (error: unknown): void => update({ error: error instanceof Error ? error.message : String(error) });
  const withState = (state: SidebarState): void => update({ state, error: state.storageProblem ?? '' });
  /**
   * Answers arrive later than clicks: one for a conversation the user has since left must not
   * land in the next one's sidebar. Wraps a handler so it runs only if the thread is still shown.
   */
  const forShownThread = <T>(apply: (value: T) => void): ((value: T) => void) => {
    const threadId = getModel()?.thread.threadId;
    return (value) => {
      if (getModel()?.thread.threadId === threadId) apply(value);
    };
  };

  const insert = async (template: ReplyTemplate): Promise<void> => {
    const rendered = getModel()?.state?.rendered[template.id];
    if (!rendered) return update({ insertStatus: `“${template.name}” is not ready yet.` });
    if (rendered.problem) return update({ insertStatus: rendered.problem });
    const { name } = template;
    const put = async (values: string[]): Promise<void> => {
      const result = await insertReply(adapter.host, document, rendered.parts.map((part) => (typeof part === 'number' ? values[part] : part)).join(''));
      update(result.ok ? { fillIn: null, insertStatus: `Inserted “${name}”. ${rendered.note ?? ''}` } : { insertStatus: `Could not insert: ${result.reason}` });
    };
    // Values Casebook lacks are asked for first (components/sidebar/fill-in-fields.tsx); the
    // fields and the parts they fill are taken together, so a state arriving meanwhile cannot mix them.
    if (rendered.fields.length === 0) return put([]);
    update({ fillIn: { name, fields: rendered.fields, onDone: (values) => (values ? put(values).catch(fail) : update({ fillIn: null })) }, insertStatus: rendered.note ?? '' });
  };

  const actor = (): string => getModel()?.state?.settings.identity.emails[0] ?? 'me';

  const controller: SidebarController = {
    load: async (thread, signal) => {
      try {
        const state = await ask('thread.opened', { thread });
        if (!signal.aborted) withState(state);
      } catch (error) {
        if (!signal.aborted) fail(error);
      }
    },
    onPush: (message) => {
      const model = getModel();
      if (message.type === 'case.changed' || message.type === 'templates.changed') {
        // Our own writes come back as pushes too: reload only for a version we have not seen.
        const shown = model?.state?.case;
        if (model && (message.type === 'templates.changed' || (shown?.id === message.case.id && shown.version !== message.case.version))) {
          ask('thread.opened', { thread: model.thread }).then(forShownThread(withState), forShownThread(fail));
        }
      } else if (message.type === 'team') {
        const state = model?.state;
        if (state?.case?.id === message.caseId) update({ state: { ...state, team: message.team } });
      } else if (message.type === 'insert-template') {
        const template = model?.state?.templates.find((t) => t.id === message.templateId);
        if (template) insert(template).catch(fail);
      } else if (message.command === 'toggle-sidebar') controller.onToggleCollapsed();
      else if (message.command === 'open-template-picker') {
        if (model?.collapsed) controller.onToggleCollapsed();
        setTimeout(focusSearch, 0);
      } else if (message.command === 'escalate-to-trac') controller.onEscalate();
      else if (message.command === 'focus-sidebar' && model) toggleFocus();
    },
    onToggleCollapsed: () => {
      const collapsed = !(getModel()?.collapsed ?? false);
      update({ collapsed });
      // Fails only when the extension was updated under this page; the choice then lasts this page.
      saveCollapsed(collapsed).catch(() => undefined);
    },
    onInsert: (template) => void insert(template).catch(fail),
    onTrack: () => {
      const thread = getModel()?.thread;
      if (thread) ask('case.track', { thread }).then(forShownThread(withState), forShownThread(fail));
    },
    onChange: (change) => {
      const c = getModel()?.state?.case;
      if (!c) return;
      ask('case.update', { caseId: c.id, baseVersion: c.version, change, actor: actor() }).then(
        forShownThread((result) => {
          const state = getModel()?.state;
          if (state?.case?.id === result.case.id) withState({ ...state, case: result.case, events: result.events });
        }),
        forShownThread(fail),
      );
    },
    onCorrect: (to) => {
      const model = getModel();
      if (!model?.state) return;
      ask('classifier.correct', { thread: model.thread, caseId: model.state.case?.id ?? null, to })
        .then(() => ask('thread.opened', { thread: model.thread }))
        .then(forShownThread(withState), forShownThread(fail));
    },
    onReport: () => {
      ask('page.report', {}).then(({ status }) => update({ reportStatus: status }), fail);
    },
    onEscalate: (refresh?: boolean) => {
      const model = getModel();
      const c = model?.state?.case;
      if (!model || !c) return fail('Track this conversation as a case before escalating it.');
      ask('trac.preview', { caseId: c.id, thread: model.thread, refresh: refresh === true }).then(
        forShownThread((escalation) => update({ escalation, error: '' })),
        forShownThread(fail),
      );
    },
    onOpenTicket: (summary, values) => {
      const model = getModel();
      const c = model?.state?.case;
      if (!model || !c) return;
      ask('trac.open', { caseId: c.id, thread: model.thread, summary, values }).then(
        // What to do next ("Create the ticket in the new tab — …") in the sidebar's status line.
        forShownThread(({ notice }) => update({ escalation: null, insertStatus: notice })),
        forShownThread(fail),
      );
    },
    onCancelEscalation: () => update({ escalation: null }),
    // Reading the thread again reads its tickets' status from Trac (handlers.ts `remember`).
    onRefreshTickets: () => {
      const thread = getModel()?.thread;
      if (thread) ask('thread.opened', { thread }).then(forShownThread(withState), forShownThread(fail));
    },
    onOpenSetup: (section) => void ask('options.open', { section }).catch(fail),
  };
  return controller;
}
