/**
 * Step 2 of the pipeline, declared: what each table's columns must hold.
 *
 * A schema is plain data plus small check functions, so the same declaration
 * drives validation, the published data dictionary and `datapackage.json`.
 */
import { checkPair, isValidDate } from "../src/calendar.js";

/** A typed cell value after validation. Blank cells are `null`; invalid ones are left out of the row. */
export type Value = string | number | null;
export type Row = Record<string, Value>;

/** What the validator knows beyond the file itself. */
export interface Context {
  /** Ids in data/sources.csv. */
  sourceIds: ReadonlySet<string>;
  /** Valid rows of the tables this one refers to (its schema's `references`). */
  tables?: ReadonlyMap<string, readonly Row[]>;
  /**
   * Whether the file is the table itself (`data/<name>.csv`) rather than a
   * variant such as `<name>.part.csv`: only the whole table can be checked for
   * what it must cover.
   */
  complete?: boolean;
}

/** The result of checking one cell: a typed value, or a message. */
export type CellResult = { value: Value } | { error: string };

export interface Column {
  name: string;
  /** Frictionless Table Schema type of the published column. */
  type: "string" | "integer" | "number" | "date";
  description: string;
  required: boolean;
  /** Allowed values, for enumerations. */
  values?: readonly string[];
  check(text: string, context: Context): CellResult;
}

/** A problem with one row, located by column name. */
export interface RowProblem {
  column: string;
  message: string;
}

export interface TableSchema {
  /** Table name; the file is data/<name>.csv. */
  name: string;
  title: string;
  description: string;
  columns: readonly Column[];
  /** Columns whose combined value must be unique. */
  key: readonly string[];
  /** Checks across the cells of one row (after each cell is valid). */
  rowChecks?: readonly ((row: Row) => RowProblem[])[];
  /** Checks across rows (references between rows, nesting); `rows[i]` starts on `lines[i]`. */
  tableChecks?: readonly ((rows: readonly Row[], lines: readonly number[], context: Context) => TableProblem[])[];
  /** Tables whose rows the checks compare against (loaded into `Context.tables`). */
  references?: readonly string[];
}

/** A problem found across rows, located by line and column name. */
export interface TableProblem extends RowProblem {
  line: number;
}

interface Common {
  required?: boolean;
  description: string;
}

const blankOk = (required: boolean | undefined): CellResult =>
  required ? { error: "required value is blank" } : { value: null };

/** Free text; `maxLength` guards against runaway fields (default 2,000 characters). */
export function text(
  name: string,
  {
    required,
    description,
    maxLength = 2000,
    pattern,
    hint,
  }: Common & { maxLength?: number; pattern?: RegExp; hint?: string },
): Column {
  return {
    name,
    type: "string",
    description,
    required: !!required,
    check(value) {
      if (value.trim() === "") return blankOk(required);
      if (value.length > maxLength)
        return { error: `text is ${value.length} characters long; the limit is ${maxLength}` };
      if (value !== value.trim()) return { error: "leading or trailing spaces" };
      if (pattern && !pattern.test(value))
        return { error: `${JSON.stringify(truncate(value))} is not ${hint ?? `of the form ${pattern}`}` };
      return { value };
    },
  };
}

function truncate(value: string, length = 40): string {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

/** One of a fixed list of values. */
export function oneOf(name: string, values: readonly string[], { required, description }: Common): Column {
  return {
    name,
    type: "string",
    description,
    required: !!required,
    values,
    check(value) {
      if (value.trim() === "") return blankOk(required);
      if (!values.includes(value))
        return { error: `${JSON.stringify(truncate(value))} is not one of: ${values.join(", ")}` };
      return { value };
    },
  };
}

/** A number (`integer: true` for whole numbers) within optional bounds. */
export function number(
  name: string,
  { required, description, min, max, integer }: Common & { min?: number; max?: number; integer?: boolean },
): Column {
  return {
    name,
    type: integer ? "integer" : "number",
    description,
    required: !!required,
    check(value) {
      if (value.trim() === "") return blankOk(required);
      const pattern = integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
      if (!pattern.test(value))
        return { error: `${JSON.stringify(truncate(value))} is not ${integer ? "a whole number" : "a number"}` };
      const n = Number(value);
      if (min !== undefined && n < min) return { error: `${value} is below the minimum ${min}` };
      if (max !== undefined && n > max) return { error: `${value} is above the maximum ${max}` };
      return { value: n };
    },
  };
}

/** An ISO date (YYYY-MM-DD) that exists in its calendar and lies in [min, max]. */
export function date(
  name: string,
  {
    required,
    description,
    min,
    max,
    calendar = "gregorian",
  }: Common & { min?: string; max?: string; calendar?: "gregorian" | "julian" },
): Column {
  const label = calendar === "julian" ? "Julian (OS)" : "Gregorian (NS)";
  return {
    name,
    type: "date",
    description,
    required: !!required,
    check(value) {
      if (value.trim() === "") return blankOk(required);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
        return { error: `${JSON.stringify(truncate(value))} is not a date of the form YYYY-MM-DD` };
      if (!isValidDate(value, calendar)) return { error: `${value} is not a real ${label} date` };
      if (min && value < min) return { error: `${value} is before ${min}, outside this table's window` };
      if (max && value > max) return { error: `${value} is after ${max}, outside this table's window` };
      return { value };
    },
  };
}

/**
 * Source ids separated by `;`, each present in data/sources.csv. Required by
 * default (every row cites a source); `required: false` for optional lists
 * such as the sources that confirm a value.
 */
export function sourceIds(
  name: string,
  { description, required = true }: { description: string; required?: boolean },
): Column {
  return {
    name,
    type: "string",
    description,
    required,
    check(value, { sourceIds: known }) {
      if (value.trim() === "")
        return required
          ? { error: "no source: every row must cite at least one id from data/sources.csv" }
          : { value: null };
      const ids = value.split(";");
      const bad = ids.filter((id) => !/^[a-z0-9][a-z0-9-]*$/.test(id));
      if (bad.length)
        return {
          error: `malformed source id ${bad.map((id) => JSON.stringify(truncate(id))).join(", ")}; separate ids with ";" and no spaces`,
        };
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length)
        return {
          error: `unknown source id ${unknown.map((id) => JSON.stringify(id)).join(", ")}: not in data/sources.csv`,
        };
      if (new Set(ids).size !== ids.length) return { error: "the same source id is listed twice" };
      return { value };
    },
  };
}

/** Row check: a Julian date column agrees with its Gregorian column. */
export function osPair(gregorian: string, julian: string) {
  return (row: Row): RowProblem[] => {
    const ns = row[gregorian];
    const os = row[julian];
    if (typeof os !== "string" || ns === undefined) return [];
    if (ns === null) return [{ column: julian, message: `Julian date given but ${gregorian} is blank` }];
    const message = checkPair(String(ns), os);
    return message ? [{ column: julian, message }] : [];
  };
}

/** Row check: `later` is not before `earlier` when both are present. */
export function ordered(earlier: string, later: string) {
  return (row: Row): RowProblem[] => {
    const a = row[earlier];
    const b = row[later];
    return typeof a === "string" && typeof b === "string" && b < a
      ? [{ column: later, message: `${b} is before ${earlier} ${a}` }]
      : [];
  };
}

/**
 * Other dates other sources give: `YYYY-MM-DD (source-id)` items separated by
 * `; `, each a real Gregorian date in [min, max] citing a known source; a
 * source that gives only a span ("November–December 1917") is recorded as
 * the span, `YYYY-MM-DD/YYYY-MM-DD (source-id)`, never as an invented day.
 */
export function altDates(
  name: string,
  { description, min, max }: { description: string; min: string; max: string },
): Column {
  return {
    name,
    type: "string",
    description,
    required: false,
    check(value, { sourceIds: known }) {
      if (value.trim() === "") return { value: null };
      const errors: string[] = [];
      for (const item of value.split("; ")) {
        const match = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))? \(([a-z0-9][a-z0-9-]*)\)$/.exec(item);
        if (!match) {
          errors.push(
            `${JSON.stringify(truncate(item))} is not of the form YYYY-MM-DD (source-id) or YYYY-MM-DD/YYYY-MM-DD (source-id)`,
          );
          continue;
        }
        const [, day = "", last, id = ""] = match;
        for (const d of last ? [day, last] : [day]) {
          if (!isValidDate(d)) errors.push(`${d} is not a real Gregorian (NS) date`);
          else if (d < min || d > max) errors.push(`${d} is outside ${min} to ${max}`);
        }
        if (last && isValidDate(day) && isValidDate(last) && last <= day)
          errors.push(`${day}/${last}: a span must end after it starts`);
        if (!known.has(id)) errors.push(`unknown source id "${id}": not in data/sources.csv`);
      }
      return errors.length ? { error: errors.join("; ") } : { value };
    },
  };
}

/**
 * Row check: a date's precision, its start and its end tell one story: "none"
 * has no date; "day" has no end; "range" and "month" need one.
 */
export function precisionMatchesDates(start: string, end: string, precisionColumn: string) {
  return (row: Row): RowProblem[] => {
    const from = row[start];
    const to = row[end];
    const precision = row[precisionColumn];
    if (precision === undefined || from === undefined || to === undefined) return [];
    if (precision === "none" && from !== null)
      return [{ column: precisionColumn, message: 'is "none" but a date is given' }];
    if (precision !== "none" && from === null)
      return [{ column: precisionColumn, message: `is "${precision}" but ${start} is blank` }];
    if ((precision === "range" || precision === "month") && to === null)
      return [{ column: end, message: `required when ${precisionColumn} is "${precision}"` }];
    if ((precision === "day" || precision === "none") && to !== null)
      return [{ column: end, message: `must be blank when ${precisionColumn} is "${precision}"` }];
    return [];
  };
}
