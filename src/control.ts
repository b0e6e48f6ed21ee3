/**
 * Who held a city: the vocabulary of `control.csv` (each change of hands from
 * the first establishment of Soviet power through 1918) and the helpers that
 * answer "who held this city on that day?".
 */
import { addDays } from "./calendar.js";
import { HELD_ELSEWHERE, type Mode, TAKEOVER_WINDOW } from "./takeovers.js";
import { categorical, type ThemeName } from "./theme.js";

/** Who can hold a city. */
export const HOLDERS = [
  "soviet",
  "provisional",
  "central-powers",
  "czechoslovak",
  "white",
  "national",
  "allied",
  "other",
] as const;
export type Holder = (typeof HOLDERS)[number];

/** Readers' names for the holders. */
export const HOLDER_LABELS: Record<Holder, string> = {
  soviet: "Soviet",
  provisional: "Provisional Government's organs",
  "central-powers": "Central Powers",
  czechoslovak: "Czechoslovak Legion, Komuch, Siberian government",
  white: "White and Cossack forces",
  national: "National government",
  allied: "Allied intervention",
  other: "Other (named in the tooltip)",
};

/** The days the control table and its derived tables cover: from the Petrograd rising to the end of 1918. */
export const CONTROL_WINDOW = TAKEOVER_WINDOW;

/** What a row of control.csv records. */
export const CONTROL_EVENTS = ["established", "lost", "regained", "transferred", "no-change"] as const;
export type ControlEvent = (typeof CONTROL_EVENTS)[number];

export const CONTROL_CONFIDENCE = ["high", "medium", "low"] as const;

/** The last day the control table covers. */
export const CONTROL_END = "1918-12-31";

/** One change of hands, as published. */
export interface ControlRow {
  city: string;
  event: ControlEvent;
  from: Holder;
  to: Holder;
  by: string | null;
  date: string | null;
  date_os: string | null;
  date_end: string | null;
  date_end_os: string | null;
  date_precision: "day" | "range" | "month" | "none";
  alt_dates: string | null;
  confidence: (typeof CONTROL_CONFIDENCE)[number];
  sources: string;
  note: string | null;
}

/**
 * What each event says about the holders on either side of it: `established`
 * and `regained` end with Soviet power, `lost` starts from it, `transferred`
 * passes a city between two others, and `no-change` records that Soviet power
 * stayed.
 */
export function eventHolders(event: ControlEvent): { from: "soviet" | "other" | "any"; to: "soviet" | "other" } {
  switch (event) {
    case "established":
    case "regained":
      return { from: "other", to: "soviet" };
    case "lost":
      return { from: "soviet", to: "other" };
    case "transferred":
      return { from: "other", to: "other" };
    case "no-change":
      return { from: "soviet", to: "soviet" };
  }
}

/** Which day of a change to take when its date is a range or a month: the first (as the table reads) or the last. */
export type DateReading = "first" | "last";

/** The day a row's change takes effect under a reading, or null when it has no date. */
export function changeDay(row: Pick<ControlRow, "date" | "date_end">, reading: DateReading = "first"): string | null {
  return reading === "last" ? (row.date_end ?? row.date) : row.date;
}

/**
 * What a city is on a day: held by someone, not yet reached by Soviet power,
 * never reached (occupied before, or held by another government throughout),
 * or unknown (Soviet power came, but the sources give no date for it).
 */
export type CityStatus = Holder | "not-yet" | "never" | "unknown";

/** A city's sequence: its rows in order (as control.csv lists them). */
export function sequences(rows: readonly ControlRow[]): Map<string, ControlRow[]> {
  const byCity = new Map<string, ControlRow[]>();
  for (const row of rows) byCity.set(row.city, [...(byCity.get(row.city) ?? []), row]);
  return byCity;
}

/**
 * Who held a city on a Gregorian day, from its sequence: the `to` of the last
 * dated change on or before the day. Before its first establishment a city is
 * "not-yet"; a city whose first establishment has no date is "unknown" until
 * its first dated change; a city with no sequence is `fallback` ("never" for
 * the cities Soviet power did not reach).
 */
export function statusOn(
  sequence: readonly ControlRow[] | undefined,
  day: string,
  { reading = "first", fallback = "never" }: { reading?: DateReading; fallback?: CityStatus } = {},
): { status: CityStatus; since: ControlRow | null } {
  if (!sequence?.length) return { status: fallback, since: null };
  let current: { status: CityStatus; since: ControlRow | null } = {
    status: sequence[0]?.date ? "not-yet" : "unknown",
    since: null,
  };
  // The last change, in the sequence's order, that had happened by the day.
  for (const row of sequence) {
    const at = row.event === "no-change" ? null : changeDay(row, reading);
    if (at !== null && at <= day) current = { status: row.to, since: row };
  }
  return current;
}

/** One stretch of a city's holding: who held it from one day to another (both inclusive). */
export interface ControlPeriod {
  city: string;
  status: CityStatus;
  from: string;
  to: string;
  /** How sure the change that began it is (blank before any change). */
  confidence: ControlRow["confidence"] | null;
}

/**
 * A city's holding over a window as contiguous periods: every day of the
 * window falls in exactly one, so the periods give the holder on any day.
 */
export function periods(
  city: string,
  sequence: readonly ControlRow[] | undefined,
  window: { from: string; to: string },
  options: { reading?: DateReading; fallback?: CityStatus } = {},
): ControlPeriod[] {
  const starts = [
    window.from,
    ...(sequence ?? [])
      .map((row) => changeDay(row, options.reading))
      .filter((d): d is string => d !== null && d > window.from && d <= window.to),
  ];
  const days = [...new Set(starts)].sort();
  const out: ControlPeriod[] = [];
  days.forEach((from, i) => {
    const next = days[i + 1];
    const to = next ? addDays(next, -1) : window.to;
    const { status, since } = statusOn(sequence, from, options);
    const last = out.at(-1);
    if (last && last.status === status) last.to = to;
    else out.push({ city, status, from, to, confidence: since?.confidence ?? null });
  });
  return out;
}

/** Readers' names for what a city is on a day. */
export const STATUS_LABELS: Record<CityStatus, string> = {
  ...HOLDER_LABELS,
  soviet: "Under Soviet power",
  "not-yet": "Not yet reached",
  never: "Never reached (occupied, or held by another government)",
  unknown: "Reached, date unknown",
};

/** The statuses in legend order: Soviet power, those who took cities from it, then the rest. */
export const STATUS_ORDER: readonly CityStatus[] = [
  "soviet",
  "central-powers",
  "czechoslovak",
  "white",
  "national",
  "allied",
  "other",
  "provisional",
  "not-yet",
  "never",
  "unknown",
];

/**
 * A colour per holder (Okabe–Ito): Soviet power vermillion, the Central
 * Powers in the text's colour, the Legion blue, the Whites sky blue,
 * national governments green, the Allies orange; others purple, and the
 * local authorities that claimed the Provisional Government's mantle after
 * Soviet power left (Tobolsk, Yakutsk) with them: each is named in its tooltip.
 */
export function holderColors(theme: ThemeName = "auto"): Record<Holder, string> {
  const [blue, vermillion, green, purple, orange, sky] = categorical(theme);
  const dark = theme === "dark";
  return {
    soviet: vermillion ?? "#D55E00",
    "central-powers": dark ? "#f0f0f0" : theme === "auto" ? "var(--theme-foreground, #2b2b2b)" : "#2b2b2b",
    czechoslovak: blue ?? "#0072B2",
    white: sky ?? "#56B4E9",
    national: green ?? "#009E73",
    allied: orange ?? "#E69F00",
    other: purple ?? "#CC79A7",
    provisional: purple ?? "#CC79A7",
  };
}

/** A takeovers row as far as the holder on a day depends on it. */
export interface ReachedRow {
  city: string;
  mode: Mode;
  date: string | null;
}

/**
 * What a city is on a day: "never" if Soviet power did not reach it in the
 * window (occupied by the Central Powers, or held by another government), else
 * its holder by its control sequence ("not-yet" before the first
 * establishment; "unknown" for a city with neither a date nor a sequence).
 */
export function cityStatus(
  takeover: ReachedRow,
  sequence: readonly ControlRow[] | undefined,
  day: string,
  reading: DateReading = "first",
): { status: CityStatus; since: ControlRow | null } {
  if (HELD_ELSEWHERE.includes(takeover.mode)) return { status: "never", since: null };
  return statusOn(sequence, day, { reading, fallback: "unknown" });
}

/** Every city's periods over the control window: the holder of every city on every day. */
export function controlPeriods(
  takeovers: readonly ReachedRow[],
  rows: readonly ControlRow[],
  reading: DateReading = "first",
): ControlPeriod[] {
  const bySequence = sequences(rows);
  return takeovers.flatMap((t) =>
    HELD_ELSEWHERE.includes(t.mode)
      ? [{ city: t.city, status: "never" as const, ...CONTROL_WINDOW, confidence: null }]
      : periods(t.city, bySequence.get(t.city), CONTROL_WINDOW, { reading, fallback: "unknown" }),
  );
}

/** A count of provincial capitals in one status, in one zone, on one day. */
export interface HeldCount {
  date: string;
  zone: string;
  status: CityStatus;
  capitals: number;
  /** All the zone's provincial capitals. */
  total: number;
}

/**
 * For each day of the window and each zone, how many of its provincial
 * capitals were in each status (only statuses that some capital had that day).
 */
export function heldCounts(
  takeovers: readonly (ReachedRow & { capital: string; zone: string })[],
  rows: readonly ControlRow[],
  { from = CONTROL_WINDOW.from as string, to = CONTROL_WINDOW.to as string, reading = "first" as DateReading } = {},
): HeldCount[] {
  const capitals = takeovers.filter((t) => t.capital !== "no");
  const bySequence = sequences(rows);
  const zones = [...new Set(capitals.map((t) => t.zone))];
  const out: HeldCount[] = [];
  for (let date = from; date <= to; date = addDays(date, 1))
    for (const zone of zones) {
      const inZone = capitals.filter((t) => t.zone === zone);
      const tally = new Map<CityStatus, number>();
      for (const t of inZone) {
        const { status } = cityStatus(t, bySequence.get(t.city), date, reading);
        tally.set(status, (tally.get(status) ?? 0) + 1);
      }
      for (const status of STATUS_ORDER) {
        const n = tally.get(status);
        if (n) out.push({ date, zone, status, capitals: n, total: inZone.length });
      }
    }
  return out;
}
