import type { JSX } from 'preact';
import type { ReadProblem } from '../../lib/model/thread';

export interface ReadProblemsProps {
  problems: ReadProblem[];
  onReport: () => void;
  reportStatus: string;
}

/** Says plainly what Casebook could not read, and offers a censored page snapshot for a fix. */
export function ReadProblems({ problems, onReport, reportStatus }: ReadProblemsProps): JSX.Element | null {
  if (problems.length === 0) return null;
  return (
    <section class="cb-section cb-warning" role="status" aria-label="Reading problems">
      <p>Casebook could not read everything on this page (the site may have changed):</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.what}>{problem.what}</li>
        ))}
      </ul>
      <button type="button" onClick={onReport}>
        Report this page
      </button>
      {reportStatus ? <p class="cb-muted">{reportStatus}</p> : null}
    </section>
  );
}
