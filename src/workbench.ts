/**
 * The /explore workbench, as pure functions: what type each column holds,
 * filtering (several filters at once, combined with AND), sorting, the
 * chosen columns, the downloads (CSV and JSON), the chart a choice of x, y
 * and colour calls for, and the whole state ⇄ the page's query string, so a
 * link reproduces the view. The DOM half is `components/workbench.ts`.
 *
 * Nothing here throws on what a reader can type into an address: a state read
 * from a malformed query falls back, part by part, to the table's defaults.
 */
import { csvFormat } from "d3";

/** A row of a published table, as its JSON gives it (blanks are `null`). */
export type Row = Readonly<Record<string, unknown>>;

/**
 * What a column holds, for the filters and the chart: numbers; ISO dates
 * (`YYYY-MM-DD` strings); anything else is text.
 */
export type ColumnType = "number" | "date" | "text";

/** The value a filter names to match a blank cell. */
export const BLANK = "(blank)";
/** The y "column" that counts rows. */
export const COUNT = "(count)";
/** The colour "column" that colours nothing. */
export const NONE = "(none)";

/**
 * One filter: a column equal to a value (`BLANK` for a blank cell), containing
 * some text (any case), or, for numbers and dates, within a range whose
 * bounds (inclusive; "" for open) are in the column's own terms.
 */
export type Filter =
  | { column: string; op: "is"; value: string }
  | { column: string; op: "contains"; value: string }
  | { column: string; op: "range"; min: string; max: string };

/** A filter's test: `is`, `contains` or `range`. */
export type FilterOp = Filter["op"];

/** The table's order: by one column, ascending or descending. */
export interface Sort {
  column: string;
  descending: boolean;
}

/** Everything the reader chose: the whole view, as the address keeps it. */
export interface WorkbenchState {
  /** The table's published name (`takeovers`, `ruble-derived`…). */
  table: string;
  filters: Filter[];
  /** The columns the table shows and the downloads carry, in the table's order. */
  columns: string[];
  sort: Sort | null;
  x: string;
  /** A column, or `COUNT`. */
  y: string;
  /** A column, or `NONE`. */
  color: string;
}

/** A table as the workbench needs it: its columns, their types, and the view it opens on. */
export interface TableInfo {
  name: string;
  columns: readonly string[];
  types: Readonly<Record<string, ColumnType>>;
  /** The columns shown at first (default: all). */
  defaultColumns?: readonly string[] | undefined;
  /** The chart at first (defaults: the first date column, or the first column; counted; no colour). */
  x?: string | undefined;
  y?: string | undefined;
  color?: string | undefined;
}

/** The query parameters the workbench owns; the page's other parameters are left alone. */
export const STATE_KEYS = ["table", "filter", "columns", "sort", "x", "y", "color"] as const;

/** More filters than this in an address are ignored (a link is for people, not for load). */
export const MAX_FILTERS = 12;

/** Whether a cell is blank: null, missing, empty text (or NaN). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (typeof value === "number" && Number.isNaN(value));
}

/** A cell as text ("" for a blank). */
export function cellText(value: unknown): string {
  return isBlank(value) ? "" : String(value);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day written `YYYY-MM-DD` (not 1918-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A number written the way an address or a number field writes it. */
function parseNumber(value: string): number | null {
  if (value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Every column of the rows, in the order they first appear. */
export function columnsOf(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/**
 * Each column's type, from its non-blank cells: all numbers → number, all ISO
 * days → date, else text (an all-blank column is text).
 */
export function inferTypes(
  rows: readonly Row[],
  columns: readonly string[] = columnsOf(rows),
): Record<string, ColumnType> {
  const types: Record<string, ColumnType> = {};
  for (const column of columns) {
    let numbers = 0;
    let dates = 0;
    let filled = 0;
    for (const row of rows) {
      const value = row[column];
      if (isBlank(value)) continue;
      filled++;
      if (typeof value === "number") numbers++;
      else if (typeof value === "string" && isIsoDate(value)) dates++;
    }
    types[column] = filled > 0 && numbers === filled ? "number" : filled > 0 && dates === filled ? "date" : "text";
  }
  return types;
}

/** The table's description for the workbench, from its rows. */
export function tableInfo(
  name: string,
  rows: readonly Row[],
  defaults: Pick<TableInfo, "defaultColumns" | "x" | "y" | "color"> = {},
): TableInfo {
  const columns = columnsOf(rows);
  return { name, columns, types: inferTypes(rows, columns), ...defaults };
}

/** The tests a column's filter can make, by its type. */
export function filterOps(type: ColumnType): FilterOp[] {
  return type === "text" ? ["is", "contains"] : ["range", "is"];
}

/** A new filter on a column: the first value it holds, or an open range. */
export function newFilter(column: string, type: ColumnType, rows: readonly Row[] = []): Filter {
  if (type !== "text") return { column, op: "range", min: "", max: "" };
  return { column, op: "is", value: distinctValues(rows, column)[0] ?? BLANK };
}

/** The distinct values of a column, sorted, with `BLANK` last if any cell is blank. */
export function distinctValues(rows: readonly Row[], column: string): string[] {
  const values = new Set<string>();
  let blank = false;
  for (const row of rows) {
    const value = row[column];
    if (isBlank(value)) blank = true;
    else values.add(String(value));
  }
  return [...[...values].sort((a, b) => a.localeCompare(b)), ...(blank ? [BLANK] : [])];
}

/** Whether one row passes one filter. */
export function matches(row: Row, filter: Filter, type: ColumnType = "text"): boolean {
  const value = row[filter.column];
  switch (filter.op) {
    case "is":
      return filter.value === BLANK ? isBlank(value) : !isBlank(value) && cellText(value) === filter.value;
    case "contains":
      return cellText(value).toLowerCase().includes(filter.value.toLowerCase());
    case "range": {
      if (filter.min === "" && filter.max === "") return true;
      if (isBlank(value)) return false;
      if (type === "number") {
        const n = Number(value);
        const min = parseNumber(filter.min);
        const max = parseNumber(filter.max);
        return (min === null || n >= min) && (max === null || n <= max);
      }
      // ISO days compare as strings; so does any other text, in code-point order.
      const text = cellText(value);
      return (filter.min === "" || text >= filter.min) && (filter.max === "" || text <= filter.max);
    }
  }
}

/** The rows that pass every filter (the filters combine with AND). */
export function applyFilters(
  rows: readonly Row[],
  filters: readonly Filter[],
  types: Readonly<Record<string, ColumnType>> = {},
): Row[] {
  return rows.filter((row) => filters.every((f) => matches(row, f, types[f.column] ?? "text")));
}

/**
 * The rows sorted by a column (stable: ties keep the table's order). Blanks go
 * last whichever the direction, so they never crowd out the values; numbers
 * sort as numbers, dates and text as text (text in the reader's alphabet).
 */
export function sortRows(
  rows: readonly Row[],
  sort: Sort | null,
  types: Readonly<Record<string, ColumnType>> = {},
): Row[] {
  if (!sort) return [...rows];
  const { column, descending } = sort;
  const type = types[column] ?? "text";
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = a[column];
    const vb = b[column];
    const ba = isBlank(va);
    const bb = isBlank(vb);
    if (ba || bb) return ba === bb ? 0 : ba ? 1 : -1;
    if (type === "number") return sign * (Number(va) - Number(vb));
    if (type === "date") return sign * (cellText(va) < cellText(vb) ? -1 : cellText(va) > cellText(vb) ? 1 : 0);
    return sign * cellText(va).localeCompare(cellText(vb));
  });
}

/** The view's rows: filtered, then sorted. */
export function viewRows(rows: readonly Row[], state: WorkbenchState, info: TableInfo): Row[] {
  return sortRows(applyFilters(rows, state.filters, info.types), state.sort, info.types);
}

/** The rows with only the chosen columns, in that order (a missing cell is `null`). */
export function project(rows: readonly Row[], columns: readonly string[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
}

/** The rows as CSV (RFC 4180 quoting, by d3's csvFormat): a header line and one line a row; blanks stay empty. */
export function rowsToCsv(rows: readonly Row[], columns: readonly string[]): string {
  const text = project(rows, columns).map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, cellText(value)])),
  );
  return `${csvFormat(text, [...columns])}\n`;
}

/** The rows as JSON, one row a line as the site publishes its tables; blanks are `null`. */
export function rowsToJson(rows: readonly Row[], columns: readonly string[]): string {
  const lines = project(rows, columns).map((row) => JSON.stringify(row));
  return lines.length ? `[\n${lines.join(",\n")}\n]\n` : "[]\n";
}

/** The view a table opens on. */
export function defaultState(info: TableInfo): WorkbenchState {
  const known = (c: string | undefined) => (c !== undefined && info.columns.includes(c) ? c : undefined);
  const columns = (info.defaultColumns ?? []).filter((c) => info.columns.includes(c));
  const firstDate = info.columns.find((c) => info.types[c] === "date");
  const y = info.y === COUNT ? COUNT : (known(info.y) ?? COUNT);
  const color = known(info.color) ?? NONE;
  return {
    table: info.name,
    filters: [],
    columns: columns.length ? info.columns.filter((c) => columns.includes(c)) : [...info.columns],
    sort: null,
    x: known(info.x) ?? firstDate ?? info.columns[0] ?? "",
    y,
    color,
  };
}

/** A filter as it is written in the address: `column:op:value`, a range's value `min..max`. */
export function formatFilter(filter: Filter): string {
  const arg = filter.op === "range" ? `${filter.min}..${filter.max}` : filter.value;
  return `${filter.column}:${filter.op}:${arg}`;
}

/** A filter read from the address, or `null` if it names no column of the table or cannot apply to it. */
export function parseFilter(text: string, info: TableInfo): Filter | null {
  const first = text.indexOf(":");
  const second = first < 0 ? -1 : text.indexOf(":", first + 1);
  if (second < 0) return null;
  const column = text.slice(0, first);
  const op = text.slice(first + 1, second);
  const arg = text.slice(second + 1);
  const type = info.types[column];
  if (!info.columns.includes(column) || !type) return null;
  if (!(filterOps(type) as string[]).includes(op)) return null;
  if (op === "is") return { column, op, value: arg };
  if (op === "contains") return { column, op, value: arg };
  const parts = arg.split("..");
  if (parts.length !== 2) return null;
  const [min = "", max = ""] = parts;
  const valid = (bound: string) => bound === "" || (type === "date" ? isIsoDate(bound) : parseNumber(bound) !== null);
  return valid(min) && valid(max) ? { column, op: "range", min, max } : null;
}

/** Whether a chart axis can take this column (y also takes `COUNT`, colour `NONE`). */
function axisChoice(value: string | null, info: TableInfo, extra?: string): string | undefined {
  if (value === null) return undefined;
  if (extra !== undefined && value === extra) return value;
  return info.columns.includes(value) ? value : undefined;
}

/** The table an address names, if it is one of `names`; else the first. */
export function parseTable(search: string, names: readonly string[]): string {
  const table = new URLSearchParams(search).get("table");
  return table !== null && names.includes(table) ? table : (names[0] ?? "");
}

/**
 * The view an address describes, for the given table. Each part that is
 * missing or malformed (an unknown column, a filter that cannot apply, a bad
 * date) falls back to the table's default; nothing throws.
 */
export function parseState(search: string, info: TableInfo): WorkbenchState {
  const defaults = defaultState(info);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return defaults;
  }
  const filters = params
    .getAll("filter")
    .slice(0, MAX_FILTERS)
    .map((text) => parseFilter(text, info))
    .filter((f): f is Filter => f !== null);
  const listed = params.get("columns");
  const chosen = listed === null ? [] : listed.split(",");
  const columns = info.columns.filter((c) => chosen.includes(c));
  const sortText = params.get("sort") ?? "";
  const descending = sortText.startsWith("-");
  const sortColumn = descending ? sortText.slice(1) : sortText;
  return {
    table: info.name,
    filters,
    columns: columns.length ? columns : defaults.columns,
    sort: info.columns.includes(sortColumn) ? { column: sortColumn, descending } : defaults.sort,
    x: axisChoice(params.get("x"), info) ?? defaults.x,
    y: axisChoice(params.get("y"), info, COUNT) ?? defaults.y,
    color: axisChoice(params.get("color"), info, NONE) ?? defaults.color,
  };
}

/**
 * The state as query parameters, leaving out what equals the table's
 * defaults (and the table itself when it is `defaultTable`), so links stay short.
 */
export function stateParams(state: WorkbenchState, info: TableInfo, defaultTable?: string): URLSearchParams {
  const defaults = defaultState(info);
  const params = new URLSearchParams();
  if (state.table !== defaultTable) params.set("table", state.table);
  for (const filter of state.filters) params.append("filter", formatFilter(filter));
  if (state.columns.join(",") !== defaults.columns.join(",")) params.set("columns", state.columns.join(","));
  if (state.sort) params.set("sort", `${state.sort.descending ? "-" : ""}${state.sort.column}`);
  if (state.x !== defaults.x) params.set("x", state.x);
  if (state.y !== defaults.y) params.set("y", state.y);
  if (state.color !== defaults.color) params.set("color", state.color);
  return params;
}

/**
 * The page's query string with the workbench's part replaced by `state`: the
 * page's other parameters are kept as they were. Returns "" or "?…".
 */
export function mergeQuery(search: string, state: WorkbenchState, info: TableInfo, defaultTable?: string): string {
  const params = new URLSearchParams(search);
  for (const key of STATE_KEYS) params.delete(key);
  for (const [key, value] of stateParams(state, info, defaultTable)) params.append(key, value);
  // Colons and commas are legal in a query: left as they are, a link can be read (and edited) by eye.
  const text = params.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
  return text ? `?${text}` : "";
}

/** How the chart draws the rows, from the types of x and y. */
export type ChartMark =
  /** y counts rows, x is text: a bar a value (down the side, so labels stay readable), counted. */
  | "bar-count"
  /** y counts rows, x is a number or date: a histogram. */
  | "histogram"
  /** x and y both numbers or dates: a dot a row. */
  | "dot"
  /** One text, one number or date: a dot a row, values along, text down the side. */
  | "strip"
  /** Both text: a dot at each pair, sized by its number of rows. */
  | "grid";

/** The chart to draw: its mark, the columns on x, y and colour, and their types. */
export interface ChartPlan {
  mark: ChartMark;
  x: string;
  y: string;
  /** The colour column, or `null` (none, or the mark cannot use one). */
  color: string | null;
  xType: ColumnType;
  /** `null` when y counts rows. */
  yType: ColumnType | null;
}

/** The chart the chosen x, y and colour call for. */
export function chartPlan(state: Pick<WorkbenchState, "x" | "y" | "color">, info: TableInfo): ChartPlan {
  const xType = info.types[state.x] ?? "text";
  const counted = state.y === COUNT || !info.columns.includes(state.y);
  const yType = counted ? null : (info.types[state.y] ?? "text");
  const color = state.color !== NONE && info.columns.includes(state.color) ? state.color : null;
  const y = counted ? COUNT : state.y;
  if (yType === null) return { mark: xType === "text" ? "bar-count" : "histogram", x: state.x, y, color, xType, yType };
  if (xType === "text" && yType === "text") return { mark: "grid", x: state.x, y, color: null, xType, yType };
  if (xType === "text" || yType === "text") return { mark: "strip", x: state.x, y, color, xType, yType };
  return { mark: "dot", x: state.x, y, color, xType, yType };
}

/** The chart's title: what it shows, in words. */
export function chartTitle(plan: ChartPlan): string {
  const what =
    plan.mark === "bar-count" || plan.mark === "histogram"
      ? `Number of rows by ${plan.x}`
      : plan.mark === "grid"
        ? `Number of rows by ${plan.x} and ${plan.y}`
        : plan.mark === "strip"
          ? plan.xType === "text"
            ? `${plan.y} by ${plan.x}`
            : `${plan.x} by ${plan.y}`
          : `${plan.y} against ${plan.x}`;
  return plan.color ? `${what}, coloured by ${plan.color}` : what;
}

const MARK_WORDS: Record<ChartMark, string> = {
  "bar-count": "Bar chart",
  histogram: "Histogram",
  dot: "Scatter plot",
  strip: "Dot plot",
  grid: "Grid of dots sized by count",
};

/** The chart for a screen reader: its kind, what it draws and how many rows. */
export function chartDescription(plan: ChartPlan, drawn: number, tableTitle: string): string {
  const axes =
    plan.mark === "bar-count" || plan.mark === "histogram"
      ? `the number of rows for each ${plan.x}`
      : plan.mark === "strip"
        ? plan.xType === "text"
          ? `${plan.y} along the horizontal axis, a line for each ${plan.x}`
          : `${plan.x} along the horizontal axis, a line for each ${plan.y}`
        : `${plan.y} (vertical) against ${plan.x} (horizontal)`;
  const colour = plan.color ? `, coloured by ${plan.color}` : "";
  return `${MARK_WORDS[plan.mark]} of ${drawn} ${drawn === 1 ? "row" : "rows"} of ${tableTitle}: ${axes}${colour}.`;
}

/**
 * The labels for a text column's values on a chart: the `max` most frequent
 * keep their own (a blank is `BLANK`), the rest share "Other", so a column of
 * a hundred cities still gives a legible chart.
 */
export function categoryLabels(rows: readonly Row[], column: string, max: number): Map<string, string> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = isBlank(row[column]) ? BLANK : cellText(row[column]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const labels = new Map<string, string>();
  const other = ranked.length > max ? `Other (${ranked.length - max + 1} values)` : "";
  ranked.forEach(([key], i) => {
    labels.set(key, other && i >= max - 1 ? other : key);
  });
  return labels;
}
