/** What the "Log a phone case" form collects before it becomes a case. */
export interface PhoneCaseDraft {
  name: string;
  email: string;
  organisation: string;
  subject: string;
  notes: string;
}

export const emptyPhoneCase: PhoneCaseDraft = { name: '', email: '', organisation: '', subject: '', notes: '' };

// Deliberately loose: it catches typos like a missing "@", not every RFC 5322 corner.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every reason the draft cannot be logged yet, each starting with the field's label. */
export function phoneCaseProblems(draft: PhoneCaseDraft): string[] {
  const problems: string[] = [];
  if (draft.subject.trim() === '') problems.push('Subject: say what the call was about.');
  if (draft.name.trim() === '' && draft.email.trim() === '') {
    problems.push('Customer: give a name or an email address, so the case can be found again.');
  }
  if (draft.email.trim() !== '' && !EMAIL.test(draft.email.trim())) {
    problems.push(`Email: “${draft.email.trim()}” is not an email address.`);
  }
  return problems;
}

/** The draft with surrounding spaces removed, ready to send. */
export function trimPhoneCase(draft: PhoneCaseDraft): PhoneCaseDraft {
  return {
    name: draft.name.trim(),
    email: draft.email.trim(),
    organisation: draft.organisation.trim(),
    subject: draft.subject.trim(),
    notes: draft.notes.trim(),
  };
}
