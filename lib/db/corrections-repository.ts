import { ClassifierCorrection } from '../model/classification';
import type { CasebookDb } from './database';
import { parseRows } from './read-rows';

/** Stores a user's category correction (feature hashes only, never mail text). */
export async function addCorrection(db: CasebookDb, correction: ClassifierCorrection): Promise<void> {
  await db.corrections.put(correction);
}

/** Every correction, oldest first, so the classifier replays them in the order they were made. */
export async function listCorrections(db: CasebookDb): Promise<ClassifierCorrection[]> {
  return parseRows(ClassifierCorrection, 'corrections', await db.corrections.orderBy('at').toArray()).rows;
}
