/**
 * What the takeover charts share: the row type, the colours and symbols of
 * each mode, and the text of a tooltip, in either calendar.
 */
import { type Calendar, formatDate } from "./calendar.js";
import { categorical, type ThemeName } from "./theme.js";

export interface TakeoverRow {
  city: string;
  province: string;
  region: string;
  zone: string;
  modern_country: string;
  capital: "guberniya" | "oblast" | "no";
  lat: number;
  lon: number;
  date: string | null;
  date_os: string | null;
  date_end: string | null;
  date_end_os: string | null;
  date_precision: DatePrecision;
  alt_dates: string | null;
  mode: Mode;
  actors: string | null;
  sources: string;
  agreeing_sources: number;
  confidence: "high" | "medium" | "low" | "none";
  note: string | null;
}

/** How Soviet power came to a city, or why it did not (the `mode` of takeovers.csv). */
export const MODES = ["peaceful", "armed", "contested", "occupied", "other-government", "unknown"] as const;
export type Mode = (typeof MODES)[number];

/** How precisely a date is known: a day, a range between two dates, a month, or not at all. */
export const DATE_PRECISIONS = ["day", "range", "month", "none"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The Treaty of Brest-Litovsk, 3 March 1918: the takeover map's first view (Gregorian). */
export const BREST_LITOVSK = "1918-03-03";

/** The window in which a first Soviet takeover is recorded. */
export const TAKEOVER_WINDOW = { from: "1917-11-07", to: "1918-12-31" } as const;

/** The modes in display order: the takeovers, then the statuses. */
export const MODE_ORDER: readonly Mode[] = [
  "peaceful",
  "armed",
  "contested",
  "unknown",
  "other-government",
  "occupied",
];

export const MODE_LABELS: Record<Mode, string> = {
  peaceful: "Peaceful",
  armed: "Armed",
  contested: "Fought over",
  unknown: "Mode unknown",
  "other-government": "Held by another government",
  occupied: "Occupied by the Central Powers",
};

/** Statuses rather than takeovers: never under Soviet power in the window. */
export const HELD_ELSEWHERE: readonly Mode[] = ["occupied", "other-government"];

/** Mode colours: Okabe–Ito hues for the takeovers, greys and orange for the statuses. */
export function modeColors(theme: ThemeName = "auto"): Record<Mode, string> {
  const [, vermillion, green, purple, orange] = categorical(theme);
  const dark = theme === "dark";
  return {
    peaceful: green ?? "#009E73",
    armed: vermillion ?? "#D55E00",
    contested: purple ?? "#CC79A7",
    // Greys: fixed for images; on pages they follow the scheme, or the dark one would vanish on a dark map.
    unknown: dark ? "#8a8f98" : theme === "auto" ? "var(--theme-foreground-muted, #6b6f76)" : "#6b6f76",
    "other-government": orange ?? "#E69F00",
    occupied: dark ? "#f0f0f0" : theme === "auto" ? "var(--theme-foreground, #2b2b2b)" : "#2b2b2b",
  };
}

/**
 * The seven zones the spread chart draws one line each for (seven is as many
 * as the colour-blind-safe palette distinguishes), grouping the regions.
 */
export const ZONES: Record<string, string> = {
  "North/Central Industrial": "North and Centre",
  "Black-Earth/South Russia": "Black Earth and Volga",
  Volga: "Black Earth and Volga",
  Urals: "Urals",
  Ukraine: "Ukraine and Crimea",
  Crimea: "Ukraine and Crimea",
  Bessarabia: "Ukraine and Crimea",
  "Don/Kuban/North Caucasus": "Don and Caucasus",
  Transcaucasia: "Don and Caucasus",
  "Belarus/West": "West",
  Baltic: "West",
  Poland: "West",
  Finland: "West",
  "Central Asia": "Asia",
  Siberia: "Asia",
  "Far East": "Asia",
};
/** The zones in display order (north and centre first). */
export const ZONE_ORDER = [
  "North and Centre",
  "Black Earth and Volga",
  "Urals",
  "Ukraine and Crimea",
  "Don and Caucasus",
  "West",
  "Asia",
];

/** A zone's id in an address (`?zone=ukraine-and-crimea`). */
export function zoneId(zone: string): string {
  return zone.toLowerCase().replace(/[^a-z]+/g, "-");
}

/** A takeover's date as the reader should see it: a day, a range or a month, in either calendar. */
export function takeoverDate(
  row: Pick<TakeoverRow, "date" | "date_end" | "date_precision">,
  calendar: Calendar,
): string {
  if (!row.date) return "no date";
  const start = formatDate(row.date, calendar);
  if (row.date_precision === "month") return start.replace(/^\d+ /, "");
  if (row.date_precision === "range" && row.date_end)
    return `between ${start} and ${formatDate(row.date_end, calendar)}`;
  return start;
}

/** Tooltip text: both calendars, mode, who took power and the sources. */
export function takeoverTip(row: TakeoverRow): string {
  const lines = [`${row.city} (${row.province})`];
  if (row.date) {
    lines.push(`${takeoverDate(row, "gregorian")} (NS)`);
    lines.push(`${takeoverDate(row, "julian").replaceAll(" OS", "")} (OS)`);
  } else lines.push("No Soviet takeover dated in 1917–1918");
  lines.push(`How: ${row.mode === "unknown" ? "not known" : MODE_LABELS[row.mode]}`);
  if (row.actors) lines.push(`Who: ${row.actors.length > 140 ? `${row.actors.slice(0, 139)}…` : row.actors}`);
  lines.push(`Sources: ${row.sources.replaceAll(";", ", ")} (${row.confidence} confidence)`);
  return lines.join("\n");
}

/** Whether a city was under Soviet power (first taken) on a given Gregorian date. */
export function takenBy(row: Pick<TakeoverRow, "date" | "mode">, date: string): boolean {
  return row.date !== null && row.date <= date && !HELD_ELSEWHERE.includes(row.mode);
}

/** A GeoJSON FeatureCollection of countries, `properties.successor` marking the empire's successor states. */
export interface Geography {
  type: "FeatureCollection";
  features: { type: "Feature"; properties: { name: string; successor: boolean }; geometry: unknown }[];
}
