/**
 * The data as shown: the rows a chart draws in its current state (its date,
 * calendar, definition, colouring…), as the "Data (CSV)" of its share bar
 * downloads them. Each chart says what its rows are in its own spec
 * (`rows`); a chart that does not gives its data table. The calendar is
 * applied here, once, for every chart: in the Julian calendar each date
 * column gets its Julian reading beside it, the Gregorian date staying the
 * key that joins the file to the published tables.
 */
import { csvFormat } from "d3";
import { type Calendar, isValidDate, toJulian } from "./calendar.js";
import { type ChartData, type ChartOptions, type ChartSpec, resolveOptions, type TableName } from "./chart.js";
import { ADDRESS_KEYS, isDay } from "./state.js";

/** A row as a CSV line holds it: named cells, in order. */
export type ShownRow = Record<string, unknown>;

/** The rows a chart shows, and the state it shows them in. */
export interface Shown {
  rows: ShownRow[];
  /** The state keys that decide the rows (the chart's own and the calendar), by name. */
  state: Record<string, string>;
}

/**
 * The state keys a chart keeps in the address, in the order a file name
 * gives them: the day first, then the chart's switches, the calendar last.
 */
function stateKeys(spec: ChartSpec<object, TableName>): string[] {
  const own = ADDRESS_KEYS.filter(
    (k) => k !== "calendar" && spec.defaults !== undefined && Object.hasOwn(spec.defaults, k),
  );
  return [...own.filter((k) => k === "date"), ...own.filter((k) => k !== "date"), "calendar"];
}

/** The rows a chart shows under `options` (the state a page or an embed gives it), with that state. */
export function shownRows<O>(
  spec: ChartSpec<O, TableName>,
  data: ChartData,
  options: ChartOptions & Partial<O> = {},
): Shown {
  const o = resolveOptions(spec, options);
  const rows = spec.rows ? spec.rows(data, o) : defaultRows(spec as ChartSpec<object, TableName>, data);
  const state: Record<string, string> = {};
  for (const key of stateKeys(spec as ChartSpec<object, TableName>)) {
    const value = (o as unknown as Record<string, unknown>)[key];
    if (typeof value === "string" && value) state[key] = value;
  }
  return { rows: rows.map((row) => inCalendarColumns(row, o.calendar)), state };
}

/** A chart without rows of its own shows its data table, as it was given (else its first table). */
function defaultRows(spec: ChartSpec<object, TableName>, data: ChartData): readonly object[] {
  const tables = data as Record<string, unknown>;
  const table = tables[spec.dataTable] ?? tables[spec.tables[0]];
  return Array.isArray(table) ? table : [];
}

/**
 * A row with its dates as the chart dates them: in the Julian calendar, each
 * Gregorian day `x` is followed by `x_julian`, the same day Old Style (as the
 * chart's axis and labels give it, after Russia's switch too). Columns that
 * already hold a Julian date (`*_os`) are left as they are.
 */
export function inCalendarColumns(row: object, calendar: Calendar): ShownRow {
  const out: ShownRow = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = value;
    if (
      calendar === "julian" &&
      !key.endsWith("_os") &&
      typeof value === "string" &&
      isDay(value) &&
      isValidDate(value)
    )
      out[`${key}_julian`] = toJulian(value);
  }
  return out;
}

/**
 * Rows as RFC 4180 CSV (d3-dsv): a header of every column any row has, in
 * the order they first appear; a cell with a comma, a quote or a line break
 * quoted, its quotes doubled; blanks for null and undefined; a final newline.
 */
export function rowsCsv(rows: readonly ShownRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const text = csvFormat(rows as ShownRow[], columns);
  return `${text}\n`;
}

/** A file name for a chart's rows in a state: `takeover-map-1918-03-03-holder-all-gregorian.csv`. */
export function shownFileName(id: string, state: Record<string, string>): string {
  const parts = Object.values(state)
    .map((value) =>
      value
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^-|-$/g, ""),
    )
    .filter(Boolean);
  return `${[id, ...parts].join("-")}.csv`;
}
