import type { HolidayLookup } from '../core/calendar/business-time';
import type { CasebookDb } from '../db/database';
import type { Settings } from '../model/settings';
import type { TeamSync } from './team/team-sync';

/** What the background's handlers need from the world; tests pass fakes. */
export interface Services {
  db: CasebookDb;
  now: () => number;
  newId: () => string;
  settings: () => Promise<Settings>;
  holidays: (region: string) => HolidayLookup;
  /** The team workspace; absent in tests that do not need it (then: alone). */
  team?: TeamSync;
}
