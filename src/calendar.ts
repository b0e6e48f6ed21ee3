/**
 * Julian (Old Style, OS) ↔ Gregorian (New Style, NS) conversion for the
 * Russian dates this project handles.
 *
 * Russia kept the Julian calendar until 31 January 1918 OS, which was followed
 * by 14 February 1918 NS. Between 1 March 1900 OS and 28 February 2100 OS the
 * two calendars are 13 days apart; the conversion below goes through Julian
 * Day Numbers, so it is exact for any date and the 13-day rule is a tested
 * consequence, not an assumption.
 *
 * Dates are ISO strings (`YYYY-MM-DD`) throughout: they sort, they survive CSV
 * and JSON untouched, and they never shift with the reader's time zone.
 *
 * @module
 */

/** The calendars a date can be written in. */
export const CALENDARS = ["gregorian", "julian"] as const;
export type Calendar = (typeof CALENDARS)[number];

/** First Gregorian (NS) day on which Russia used the Gregorian calendar. */
export const RUSSIA_SWITCH_NS = "1918-02-14";

/** Last Julian (OS) day Russia used: 31 January 1918 OS = 13 February 1918 NS. */
export const RUSSIA_LAST_OS = "1918-01-31";

/** Days between the calendars from 1 March 1900 OS to 28 February 2100 OS. */
export const OFFSET_DAYS_1900_2100 = 13;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parseYmd(iso: string): Ymd | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function formatYmd({ year, month, day }: Ymd): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function isLeap(year: number, calendar: Calendar): boolean {
  if (calendar === "julian") return year % 4 === 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number, calendar: Calendar): number {
  return month === 2 && isLeap(year, calendar) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * Whether `iso` is a real `YYYY-MM-DD` date in the given calendar (so
 * 1917-02-30 is not, and 1900-02-29 is a Julian date but not a Gregorian one).
 */
export function isValidDate(iso: string, calendar: Calendar = "gregorian"): boolean {
  const ymd = parseYmd(iso);
  if (!ymd) return false;
  const { year, month, day } = ymd;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month, calendar);
}

// Julian Day Number algorithms (Richards, "Mapping Time", as in the
// Explanatory Supplement to the Astronomical Almanac): integer arithmetic only.
function toJdn({ year, month, day }: Ymd, calendar: Calendar): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const base = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  return calendar === "gregorian" ? base - Math.floor(y / 100) + Math.floor(y / 400) - 32045 : base - 32083;
}

function fromJdn(jdn: number, calendar: Calendar): Ymd {
  let c: number;
  let d: number;
  if (calendar === "gregorian") {
    const a = jdn + 32044;
    const b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((146097 * b) / 4);
    d = Math.floor((4 * c + 3) / 1461);
    const e = c - Math.floor((1461 * d) / 4);
    const m = Math.floor((5 * e + 2) / 153);
    return {
      day: e - Math.floor((153 * m + 2) / 5) + 1,
      month: m + 3 - 12 * Math.floor(m / 10),
      year: 100 * b + d - 4800 + Math.floor(m / 10),
    };
  }
  c = jdn + 32082;
  d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: d - 4800 + Math.floor(m / 10),
  };
}

function convert(iso: string, from: Calendar, to: Calendar): string {
  const ymd = parseYmd(iso);
  if (!ymd || !isValidDate(iso, from)) throw new RangeError(`not a valid ${from} date: ${iso}`);
  return formatYmd(fromJdn(toJdn(ymd, from), to));
}

/** The Julian (OS) date of a Gregorian (NS) date: `toJulian("1917-11-07")` → `"1917-10-25"`. */
export function toJulian(gregorian: string): string {
  return convert(gregorian, "gregorian", "julian");
}

/** The Gregorian (NS) date of a Julian (OS) date: `toGregorian("1917-10-25")` → `"1917-11-07"`. */
export function toGregorian(julian: string): string {
  return convert(julian, "julian", "gregorian");
}

/**
 * Whether a Gregorian date fell while Russia still used the Julian calendar,
 * that is before 14 February 1918 NS.
 */
export function isOldStyleEra(gregorian: string): boolean {
  return gregorian < RUSSIA_SWITCH_NS;
}

/**
 * Checks an OS/NS pair as the data files store it. Returns a problem message,
 * or undefined when the pair is consistent. A Julian date is only meaningful
 * while Russia used the Julian calendar: a Julian date on or after 1 February
 * 1918 OS names a day Russia never had.
 */
export function checkPair(gregorian: string, julian: string): string | undefined {
  if (!isValidDate(gregorian, "gregorian") || !isValidDate(julian, "julian")) return undefined;
  if (!isOldStyleEra(gregorian)) {
    return `Julian date ${julian} given for ${gregorian}, after Russia switched to the Gregorian calendar on ${RUSSIA_SWITCH_NS}; leave it blank`;
  }
  const expected = toJulian(gregorian);
  if (expected !== julian) {
    return `Julian date ${julian} does not match Gregorian ${gregorian} (expected ${expected}, ${OFFSET_DAYS_1900_2100} days earlier)`;
  }
  return undefined;
}

/** A date in the requested calendar (the input is always Gregorian). */
export function inCalendar(gregorian: string, calendar: Calendar): string {
  return calendar === "julian" ? toJulian(gregorian) : gregorian;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Formats a Gregorian ISO date for reading, in either calendar:
 * `formatDate("1917-11-07")` → `"7 November 1917"`,
 * `formatDate("1917-11-07", "julian")` → `"25 October 1917 OS"`.
 */
export function formatDate(gregorian: string, calendar: Calendar = "gregorian"): string {
  const ymd = parseYmd(inCalendar(gregorian, calendar));
  if (!ymd) return gregorian;
  const text = `${ymd.day} ${MONTHS[ymd.month - 1]} ${ymd.year}`;
  return calendar === "julian" ? `${text} OS` : text;
}

/** Both calendars, the way historians write them: `"25 October (7 November) 1917"`. */
export function formatDual(gregorian: string): string {
  if (!isOldStyleEra(gregorian)) return formatDate(gregorian);
  const os = parseYmd(toJulian(gregorian));
  const ns = parseYmd(gregorian);
  if (!os || !ns) return gregorian;
  const osText = `${os.day} ${MONTHS[os.month - 1]}`;
  const nsText = `${ns.day} ${MONTHS[ns.month - 1]}`;
  return os.year === ns.year ? `${osText} (${nsText}) ${ns.year}` : `${osText} ${os.year} (${nsText} ${ns.year})`;
}

/** Milliseconds since the epoch, in UTC, of an ISO date (for scales and arithmetic). */
export function toTime(iso: string): number {
  const ymd = parseYmd(iso);
  if (!ymd) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(ymd.year, ymd.month - 1, ymd.day);
}

/** Whole days from `a` to `b` (both ISO dates, same calendar). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / 86_400_000);
}

/** The ISO date `days` after `iso`, in the proleptic Gregorian reckoning of `Date`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(toTime(iso) + days * 86_400_000);
  return formatYmd({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** The last day of the month of an ISO date. */
export function monthEnd(iso: string): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}
