import {
  CONTROL_CONFIDENCE,
  CONTROL_END,
  CONTROL_EVENTS,
  type ControlEvent,
  eventHolders,
  HOLDERS,
} from "../../src/control.js";
import { DATE_PRECISIONS, HELD_ELSEWHERE, TAKEOVER_WINDOW } from "../../src/takeovers.js";
import type { Row, RowProblem, TableProblem, TableSchema } from "../schema.js";
import { altDates, date, oneOf, ordered, osPair, precisionMatchesDates, sourceIds, text } from "../schema.js";

/** Row check: the holders on either side agree with the event. */
function holdersMatchEvent(row: Row): RowProblem[] {
  const { event, from, to } = row;
  if (typeof event !== "string" || typeof from !== "string" || typeof to !== "string") return [];
  const rule = eventHolders(event as ControlEvent);
  const problems: RowProblem[] = [];
  const fits = (side: "soviet" | "other" | "any", holder: string) =>
    side === "any" || (side === "soviet") === (holder === "soviet");
  if (!fits(rule.from, from))
    problems.push({
      column: "from",
      message: `"${event}" ${rule.from === "soviet" ? "starts from" : "cannot start from"} soviet (found "${from}")`,
    });
  if (!fits(rule.to, to))
    problems.push({
      column: "to",
      message: `"${event}" ${rule.to === "soviet" ? "ends with" : "cannot end with"} soviet (found "${to}")`,
    });
  if (event === "no-change" && row.date !== null && row.date !== undefined)
    problems.push({ column: "date", message: '"no-change" has no date: it says that nothing changed through 1918' });
  return problems;
}

/** The takeover row's first date as the control table must restate it. */
const sameFirst = (a: Row, b: Row) =>
  a.date === b.date && a.date_end === b.date_end && a.date_precision === b.date_precision;

/** Whether Soviet power reached a city, by its takeovers row. */
export function reached(takeover: Row): boolean {
  return !HELD_ELSEWHERE.includes(takeover.mode as never) && (takeover.date !== null || takeover.mode !== "unknown");
}

/**
 * Table check: each city's rows tell one sequence. It starts with its one
 * `established` row, which restates takeovers.csv; the dates run in order; each
 * row's `from` is the previous row's `to`; a `no-change` row comes last, right
 * after `established`. The whole table has a sequence for every city that
 * takeovers.csv says Soviet power reached.
 */
function sequences(
  rows: readonly Row[],
  lines: readonly number[],
  context: { tables?: ReadonlyMap<string, readonly Row[]>; complete?: boolean },
): TableProblem[] {
  const problems: TableProblem[] = [];
  const takeovers = context.tables?.get("takeovers") ?? [];
  const takeoverByCity = new Map(takeovers.map((t) => [t.city, t]));
  const byCity = new Map<string, { row: Row; line: number }[]>();
  rows.forEach((row, i) => {
    const city = String(row.city);
    byCity.set(city, [...(byCity.get(city) ?? []), { row, line: lines[i] ?? 0 }]);
  });
  for (const [city, seq] of byCity) {
    const first = seq[0];
    if (!first) continue;
    const takeover = takeoverByCity.get(city);
    if (!takeover) {
      problems.push({ line: first.line, column: "city", message: `"${city}" is not a city of takeovers.csv` });
    } else if (first.row.event === "established" && !sameFirst(first.row, takeover)) {
      const shown = (r: Row) => [r.date ?? "no date", r.date_end, r.date_precision].filter(Boolean).join(" ");
      problems.push({
        line: first.line,
        column: "date",
        message: `the first establishment (${shown(first.row)}) differs from takeovers.csv (${shown(takeover)})`,
      });
    }
    if (first.row.event !== "established")
      problems.push({
        line: first.line,
        column: "event",
        message: `${city}'s first row must be "established", not "${first.row.event}"`,
      });
    seq.forEach(({ row, line }, i) => {
      if (i === 0) return;
      const previous = seq[i - 1]?.row as Row;
      if (row.event === "established")
        problems.push({
          line,
          column: "event",
          message: `${city} has a second "established" row; a return is "regained"`,
        });
      if (row.event === "no-change" && (i !== 1 || seq.length !== 2))
        problems.push({ line, column: "event", message: `"no-change" must be ${city}'s only row after "established"` });
      if (row.from !== previous.to)
        problems.push({
          line,
          column: "from",
          message: `${city} passes from "${row.from}", but the previous row left it with "${previous.to}"`,
        });
      if (typeof row.date === "string" && typeof previous.date === "string" && row.date < previous.date)
        problems.push({
          line,
          column: "date",
          message: `${row.date} is before the previous row's date ${previous.date}`,
        });
      if (row.event !== "no-change" && row.date === null)
        problems.push({
          line,
          column: "date",
          message: `a change of hands after the first needs a date (a range or month if no day is known)`,
        });
    });
  }
  if (context.complete) {
    const last = lines.length ? Math.max(...lines) : 1;
    for (const takeover of takeovers) {
      if (reached(takeover) && !byCity.has(String(takeover.city)))
        problems.push({
          line: last,
          column: "city",
          message: `no rows for ${takeover.city}, which takeovers.csv says Soviet power reached: give its sequence through 1918 or a "no-change" row`,
        });
    }
  }
  return problems;
}

/** Who held each city that Soviet power reached: every change of hands through 1918. */
export const control: TableSchema = {
  name: "control",
  title: "Who held each city, 1917–1918",
  description:
    "Every change of hands in a city of takeovers.csv that Soviet power reached, from the first establishment of Soviet power (restating takeovers.csv) through 31 December 1918: lost, regained, and passed between other holders, with who took it, when (Gregorian and Julian), how precisely, how sure, and on whose authority.",
  key: ["city", "event", "date"],
  references: ["takeovers"],
  columns: [
    text("city", { required: true, description: "City, exactly as in takeovers.csv." }),
    oneOf("event", CONTROL_EVENTS, {
      required: true,
      description:
        "established (first establishment of Soviet power), lost (by Soviet power), regained (by Soviet power), transferred (between two other holders), no-change (Soviet power held it through 1918).",
    }),
    oneOf("from", HOLDERS, { required: true, description: "Who held the city before." }),
    oneOf("to", HOLDERS, { required: true, description: "Who held it after." }),
    text("by", { description: "Who took the city: the force or body, by name." }),
    date("date", {
      min: TAKEOVER_WINDOW.from,
      max: CONTROL_END,
      description: "Day of the change, Gregorian (NS); start of a range or month.",
    }),
    date("date_os", { calendar: "julian", description: "The same date, Julian (OS), while Russia used it." }),
    date("date_end", {
      min: TAKEOVER_WINDOW.from,
      max: "1919-01-31",
      description: "End of the range or of the month, Gregorian.",
    }),
    date("date_end_os", { calendar: "julian", description: "The end date, Julian, while Russia used it." }),
    oneOf("date_precision", DATE_PRECISIONS, { required: true, description: "day, range, month or none." }),
    altDates("alt_dates", {
      min: "1917-10-01",
      max: "1919-12-31",
      description:
        "Other dates other sources give, as `YYYY-MM-DD (source-id)` separated by `; ` (Gregorian); a source that gives only a span, as `YYYY-MM-DD/YYYY-MM-DD (source-id)`.",
    }),
    oneOf("confidence", CONTROL_CONFIDENCE, {
      required: true,
      description:
        "high (two independent references agree on the day, or a primary source), medium (one reference, or references a few days apart), low (uncertain).",
    }),
    sourceIds("sources", {
      description: "Ids in sources.csv, separated by semicolons (for no-change: the sources searched).",
    }),
    text("note", { description: "What each source says, in which calendar; conflicts; evacuations." }),
  ],
  rowChecks: [
    osPair("date", "date_os"),
    osPair("date_end", "date_end_os"),
    ordered("date", "date_end"),
    precisionMatchesDates("date", "date_end", "date_precision"),
    holdersMatchEvent,
  ],
  tableChecks: [sequences],
};
