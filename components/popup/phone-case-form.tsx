import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { Field } from '../shared/field';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';
import { emptyPhoneCase, phoneCaseProblems, trimPhoneCase, type PhoneCaseDraft } from './phone-case-draft';

export interface PhoneCaseFormProps {
  /** Logs the case; rejects with a message to show. */
  onSubmit: (draft: PhoneCaseDraft) => Promise<void>;
}

/** "Log a phone case": a disclosure button, then the form. Clears itself once the case is logged. */
export function PhoneCaseForm({ onSubmit }: PhoneCaseFormProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<PhoneCaseDraft>(emptyPhoneCase);
  const [problems, setProblems] = useState<string[]>([]);
  const [logged, setLogged] = useState<string | null>(null);
  const submit = useAction(async (ready: PhoneCaseDraft) => {
    await onSubmit(ready);
    setLogged(ready.subject);
    setDraft(emptyPhoneCase);
    setOpen(false);
  });
  const set = (field: keyof PhoneCaseDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const handleSubmit = (event: Event): void => {
    event.preventDefault();
    const found = phoneCaseProblems(draft);
    setProblems(found);
    if (found.length === 0) void submit.run(trimPhoneCase(draft));
  };

  return (
    <div class="cb-phone-case">
      <button
        type="button"
        class="cb-button"
        aria-expanded={open}
        aria-controls="cb-phone-case-form"
        onClick={() => {
          setOpen(!open);
          setLogged(null);
        }}
      >
        Log a phone case
      </button>
      {logged && !open && (
        <p class="cb-notice" role="status">
          Phone case logged: {logged}
        </p>
      )}
      <form id="cb-phone-case-form" hidden={!open} onSubmit={handleSubmit} noValidate>
        {problems.length > 0 && <ProblemList title="The case was not logged:" problems={problems} />}
        {submit.error && <ProblemList title="The case was not logged:" problems={[submit.error]} />}
        <Field label="Customer name" value={draft.name} onInput={set('name')} autoComplete="off" />
        <Field label="Email" type="email" value={draft.email} onInput={set('email')} autoComplete="off" />
        <Field label="Organisation" value={draft.organisation} onInput={set('organisation')} />
        <Field label="Subject" value={draft.subject} onInput={set('subject')} required />
        <Field label="Notes" rows={4} value={draft.notes} onInput={set('notes')} />
        <button type="submit" class="cb-button cb-button--primary" disabled={submit.pending}>
          {submit.pending ? 'Saving…' : 'Save phone case'}
        </button>
      </form>
    </div>
  );
}
