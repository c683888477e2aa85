import type { FieldProblem } from '../../lib/core/settings/validate-settings';

export type { FieldProblem };

/** Messages for `path` and everything under it ("team" takes "team[1].email" too). */
export function problemsAt(problems: readonly FieldProblem[], path: string): string[] {
  return problems
    .filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))
    .map((p) => {
      const rest = p.path.slice(path.length).replace(/^\./, '');
      // A list entry's message quotes the entry itself, so its index adds nothing.
      return rest === '' || /^\[\d+\]$/.test(rest) ? p.message : `${rest}: ${p.message}`;
    });
}

/** The first message for exactly `path`, for a single field's error slot. */
export function problemAt(problems: readonly FieldProblem[], path: string): string | null {
  return problems.find((p) => p.path === path)?.message ?? null;
}

/** "team[1].email: Invalid email address" — the line shown in the summary list. */
export function describeProblem(problem: FieldProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
