import type { Settings } from '../../lib/model/settings';
import type { FieldProblem } from './field-problems';

/** What every settings section gets: the whole draft, a way to change part of it, its problems. */
export interface SettingsSectionProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  problems: readonly FieldProblem[];
}
