import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { BusinessCalendar } from '../../lib/model/settings';
import { Field } from '../shared/field';
import { problemAt, problemsAt } from './field-problems';
import { Section } from './section';
import type { SettingsSectionProps } from './settings-section-props';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface CalendarSectionProps extends SettingsSectionProps {
  /** IANA zones to offer (Intl.supportedValuesOf('timeZone')). */
  timeZones: readonly string[];
}

/** Business hours, working days, holidays: what the first-response deadline counts. */
export function CalendarSection({ settings, onChange, problems, timeZones }: CalendarSectionProps): JSX.Element {
  const calendar = settings.calendar;
  const set = (patch: Partial<BusinessCalendar>): void => onChange({ calendar: { ...calendar, ...patch } });
  const zoneId = useId();
  const zones = timeZones.includes(calendar.timeZone) ? timeZones : [calendar.timeZone, ...timeZones];
  const zoneError = problemAt(problems, 'calendar.timeZone');
  const dayErrors = problemsAt(problems, 'calendar.workingDays');
  return (
    <Section id="calendar" title="Business calendar" intro="A first response is due the same or the next business day; only these hours count.">
      <div class="cb-field">
        <label for={zoneId}>Time zone</label>
        <select id={zoneId} value={calendar.timeZone} onChange={(e) => set({ timeZone: e.currentTarget.value })} aria-invalid={zoneError ? true : undefined}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        {zoneError && <p class="cb-field__error">{zoneError}</p>}
      </div>
      <fieldset class="cb-fieldset">
        <legend>Working days</legend>
        <div class="cb-row">
          {WEEKDAYS.map((name, index) => {
            const day = index + 1;
            return (
              <label key={day} class="cb-check">
                <input
                  type="checkbox"
                  checked={calendar.workingDays.includes(day)}
                  onChange={(e) =>
                    set({
                      workingDays: e.currentTarget.checked
                        ? [...calendar.workingDays, day].sort((a, b) => a - b)
                        : calendar.workingDays.filter((d) => d !== day),
                    })
                  }
                />
                {name}
              </label>
            );
          })}
        </div>
        {dayErrors.length > 0 && <p class="cb-field__error">{dayErrors.join(' ')}</p>}
      </fieldset>
      <div class="cb-grid-2">
        <Field label="Working day starts" type="time" value={calendar.start} onInput={(start) => set({ start })} error={problemAt(problems, 'calendar.start')} />
        <Field label="Working day ends" type="time" value={calendar.end} onInput={(end) => set({ end })} error={problemAt(problems, 'calendar.end')} />
      </div>
      <Field
        label="Public holiday region"
        value={calendar.holidayRegion}
        onInput={(holidayRegion) => set({ holidayRegion })}
        hint="A country, or country-region code: GB, GB-ENG, US-CA, DE-BY, FR. Leave empty for no public holidays."
        error={problemAt(problems, 'calendar.holidayRegion')}
        spellcheck={false}
      />
      <ClosureDates closures={calendar.closures} onChange={(closures) => set({ closures })} errors={problemsAt(problems, 'calendar.closures')} />
    </Section>
  );
}

interface ClosureDatesProps {
  closures: readonly string[];
  onChange: (closures: string[]) => void;
  errors: readonly string[];
}

/** The team's own days off (office closures), on top of public holidays. */
function ClosureDates({ closures, onChange, errors }: ClosureDatesProps): JSX.Element {
  const [date, setDate] = useState('');
  const add = (): void => {
    if (date === '' || closures.includes(date)) return;
    onChange([...closures, date].sort());
    setDate('');
  };
  return (
    <fieldset class="cb-fieldset">
      <legend>Closure dates</legend>
      {closures.length === 0 ? (
        <p class="cb-muted">None.</p>
      ) : (
        <ul class="cb-closures">
          {closures.map((closure) => (
            <li key={closure}>
              <time dateTime={closure}>{closure}</time>{' '}
              <button type="button" class="cb-button" aria-label={`Remove closure date ${closure}`} onClick={() => onChange(closures.filter((c) => c !== closure))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="cb-row cb-row--end">
        <Field label="Closure date" type="date" value={date} onInput={setDate} />
        <button type="button" class="cb-button" disabled={date === ''} onClick={add}>
          Add closure date
        </button>
      </div>
      {errors.length > 0 && <p class="cb-field__error">{errors.join(' ')}</p>}
    </fieldset>
  );
}
