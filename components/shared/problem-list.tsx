import type { ComponentChildren, JSX } from 'preact';

export interface ProblemListProps {
  /** What went wrong as a whole, e.g. "Nothing was saved: 2 problems". */
  title: string;
  /** One line each, field path first: "team[0].email: Invalid email address". */
  problems: readonly string[];
  children?: ComponentChildren;
}

/** Every problem at once (never only the first), announced when it appears. */
export function ProblemList({ title, problems, children }: ProblemListProps): JSX.Element {
  return (
    <div class="cb-problems" role="alert">
      <p class="cb-problems__title">{title}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
