import Holidays from 'date-holidays';

/**
 * Public holidays by region, from the maintained date-holidays data. The only module that
 * imports date-holidays: lib/core takes a `(isoDate) => boolean` lookup instead, so the
 * deadline logic stays pure and testable with a plain Set.
 */

/** Only days off by law: "observance", "optional", "bank" and "school" days are working days. */
const COUNTS_AS_HOLIDAY = new Set(['public']);

const byRegionYear = new Map<string, ReadonlySet<string>>();

/** "GB-ENG" -> ["GB", "ENG"]; "US-CA" -> ["US", "CA"]; "DE" -> ["DE"]. */
function regionParts(region: string): string[] {
  return region.trim().toUpperCase().split('-').filter((part) => part.length > 0);
}

/**
 * Whether date-holidays knows the region. Checked by hand because `Holidays.init` accepts
 * unknown states silently and falls back to the country (GB-XX gives GB's holidays).
 */
export function isKnownRegion(region: string): boolean {
  const [country, state, subRegion] = regionParts(region);
  if (!country) return false;
  const lookup = new Holidays();
  if (!(country in (lookup.getCountries() ?? {}))) return false;
  if (!state) return true;
  if (!(state in (lookup.getStates(country) ?? {}))) return false;
  return !subRegion || subRegion in (lookup.getRegions(country, state) ?? {});
}

function yearHolidays(region: string, year: number): ReadonlySet<string> {
  const key = `${region}|${year}`;
  let dates = byRegionYear.get(key);
  if (!dates) {
    dates = new Set();
    if (isKnownRegion(region)) {
      const [country, state, subRegion] = regionParts(region) as [string, string?, string?];
      const lookup = new Holidays(country, state ?? '', subRegion ?? '');
      dates = new Set(
        lookup
          .getHolidays(year)
          .filter((holiday) => COUNTS_AS_HOLIDAY.has(holiday.type))
          .map((holiday) => holiday.date.slice(0, 10)),
      );
    }
    byRegionYear.set(key, dates);
  }
  return dates;
}

/** ISO dates of the region's public holidays (substitute days included) from `fromYear` to `toYear`. Unknown or "" region: empty. */
export function holidayDates(region: string, fromYear: number, toYear: number): Set<string> {
  const dates = new Set<string>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const date of yearHolidays(region, year)) dates.add(date);
  }
  return dates;
}

/** A lookup for lib/core's deadline functions; loads each year on first use, then answers from the cache. */
export function holidayChecker(region: string): (isoDate: string) => boolean {
  return (isoDate) => yearHolidays(region, Number(isoDate.slice(0, 4))).has(isoDate);
}
