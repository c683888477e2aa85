import type * as z from 'zod/mini';

export interface Rows<T> {
  rows: T[];
  /** One line per stored row that does not fit the schema: `cases "phone:1": status: Invalid option…`. */
  problems: string[];
}

/** `cases`, 3, `status` -> `cases[3].status`; odd keys are quoted: `customFields["my field"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/** One line per Zod issue, each with the full path from `prefix`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}

function idOf(row: unknown): string {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '(no id)';
}

/**
 * Rows read from disk may predate the schema or be damaged: each is parsed, good rows are
 * returned, bad ones become problems so one bad row never hides the others. Parsing also strips
 * index-only fields (sortKey, searchWords) from cases.
 */
export function parseRows<T>(schema: z.ZodMiniType<T>, table: string, raw: readonly unknown[]): Rows<T> {
  const rows: T[] = [];
  const problems: string[] = [];
  for (const row of raw) {
    if (row === undefined) continue;
    const parsed = schema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else problems.push(`${table} ${JSON.stringify(idOf(row))}: ${describeIssues(parsed.error.issues).join('; ')}`);
  }
  return { rows, problems };
}

/**
 * Rows found through a multi-entry index come once per matching entry; keeps the first of
 * each id. (Dexie's distinct() does the same with a cursor per key, far slower on big tables.)
 */
export function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
}
