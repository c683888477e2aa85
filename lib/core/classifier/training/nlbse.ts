import { parseCsv } from './csv';
import type { Example } from './train-model';

/** NLBSE'24 labels in the order of the model's categories (defect, feature request, question). */
export const NLBSE_LABELS = ['bug', 'feature', 'question'] as const;

export interface NlbseExample extends Example {
  repo: string;
  /** created_at as written (sorts as text), for the adaptation benchmark's time order. */
  at: string;
}

/** train.csv (repo, created_at, label, title, body) -> examples, stratified by repo and label. */
export function nlbseExamples(csv: string): NlbseExample[] {
  return parseCsv(csv).flatMap((record) => {
    const label = NLBSE_LABELS.indexOf((record.label ?? '') as (typeof NLBSE_LABELS)[number]);
    if (label < 0) return [];
    const repo = record.repo ?? '';
    return [{ title: record.title ?? '', body: record.body ?? '', label, repo, at: record.created_at ?? '', stratum: `${repo}|${label}`, group: repo }];
  });
}
