/**
 * The other readings the data support, for the robustness of every verdict
 * (robustness.ts): of the takeover and control tables, and of the
 * sovereignty table.
 */
import type { ControlRow } from "../../src/control.js";
import { DEFINITIONS, type Definition, type EntityRow } from "../../src/sovereignty.js";
import type { TakeoverRow } from "../../src/takeovers.js";
import { both, type Reading, rowReading } from "./robustness.js";

/** The tables the takeover and holding claims read. */
export interface TakeoverData {
  takeovers: readonly TakeoverRow[];
  control: readonly ControlRow[];
}

/** The table the sovereignty claims read, and a definition of "sovereign" that a reading may impose on the count. */
export interface SovereigntyData {
  sovereignty: readonly EntityRow[];
  countAs?: Definition;
}

type Dated = { date: string | null; date_end: string | null; date_precision: string; alt_dates: string | null };

/**
 * The days other sources give (`alt_dates`: `YYYY-MM-DD (source-id); …`); a
 * span (`YYYY-MM-DD/YYYY-MM-DD`) gives both its ends, so the earliest and the
 * latest readings take its first and its last day.
 */
export function altDays(value: string | null): string[] {
  return [...(value ?? "").matchAll(/(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))? \(/g)].flatMap((m) =>
    m[2] ? [m[1] as string, m[2]] : [m[1] as string],
  );
}

/** The row dated to one day, or the same row if that is its date already. */
function redate<R extends Dated>(row: R, day: string | undefined): R {
  if (!day || (day === row.date && row.date_precision === "day")) return row;
  return { ...row, date: day, date_end: null, date_precision: "day" };
}

/** A range's or month's last day instead of its first. */
const rangeLast = <R extends Dated>(row: R): R =>
  (row.date_precision === "range" || row.date_precision === "month") && row.date_end ? redate(row, row.date_end) : row;

/** The earliest (or latest) of its date and the dates other sources give. */
const altDate =
  (pick: "earliest" | "latest") =>
  <R extends Dated>(row: R): R => {
    const days = altDays(row.alt_dates);
    if (!row.date || !days.length) return row;
    const sorted = [row.date, ...days].sort();
    return redate(row, pick === "earliest" ? sorted[0] : sorted.at(-1));
  };

const city = (row: { city: string }) => row.city;

/** Takeovers and their control rows under the same map, as one reading. */
function onBoth(
  id: string,
  label: string,
  takeovers: (row: TakeoverRow) => TakeoverRow | null,
  control: (row: ControlRow) => ControlRow | null,
): Reading<TakeoverData> {
  return both(
    id,
    label,
    rowReading<TakeoverData, "takeovers", TakeoverRow>("takeovers", id, label, city, takeovers),
    rowReading<TakeoverData, "control", ControlRow>("control", id, label, city, control),
  );
}

/** Cities of the Finnish provinces: Finnish Red takeovers, not Soviet power in Russia. */
const FINLAND = "Finland";

export function takeoverReadings(data: TakeoverData): Reading<TakeoverData>[] {
  const finnish = new Set(data.takeovers.filter((t) => t.region === FINLAND).map(city));
  return [
    onBoth("range-last", "if a range's or a month's last day is read instead of its first", rangeLast, rangeLast),
    onBoth(
      "alt-earliest",
      "if each date is read as the earliest any source gives",
      altDate("earliest"),
      altDate("earliest"),
    ),
    onBoth("alt-latest", "if each date is read as the latest any source gives", altDate("latest"), altDate("latest")),
    onBoth(
      "no-low",
      "if low-confidence rows are left out",
      (row) => (row.confidence === "low" ? null : row),
      (row) => (row.confidence === "low" && row.event !== "established" ? null : row),
    ),
    onBoth(
      "high-only",
      "if only the dates two sources agree on are kept",
      (row) => (row.date !== null && row.confidence !== "high" ? null : row),
      (row) => (row.confidence !== "high" && row.event !== "established" ? null : row),
    ),
    onBoth(
      "no-finland",
      "if the Finnish cities are left out",
      (row) => (finnish.has(row.city) ? null : row),
      (row) => (finnish.has(row.city) ? null : row),
    ),
  ];
}

/** A government whose end is unknown, alive to the end of 1918 instead of to the end of its claim's month. */
export const OPEN_ENDS: Reading<SovereigntyData> = rowReading<SovereigntyData, "sovereignty", EntityRow>(
  "sovereignty",
  "open-ends",
  "if governments whose end is unknown count as alive to the end of 1918",
  (row) => row.name,
  (row) => (row.ended === null && row.ended_precision === "unknown" ? { ...row, ended_precision: "after-1920" } : row),
);

/** The count under one definition of "sovereign" only. */
export function countAs(definition: Definition): Reading<SovereigntyData> {
  return {
    id: `count-${definition}`,
    label: `if only one definition counts: ${DEFINITIONS[definition].toLowerCase()}`,
    touches: (data) => (data.countAs === definition ? [] : [`the count as "${DEFINITIONS[definition].toLowerCase()}"`]),
    apply: (data) => ({ ...data, countAs: definition }),
  };
}
