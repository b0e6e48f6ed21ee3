/** The securities tables: observed prices of Russian securities abroad, and the exchanges' status over time. */
import { RUSSIA_SWITCH_NS } from "../../src/calendar.js";
import {
  EXCHANGE_STATUS_MEANINGS,
  EXCHANGE_STATUSES,
  EXCHANGES,
  MARKET_BASES,
  PRICE_BASES,
  PRICE_BASIS_MEANINGS,
  periodDateProblem,
  SECURITIES_WINDOW,
  SECURITY_PERIOD_MEANINGS,
  SECURITY_PERIODS,
  SECURITY_UNITS,
  type SecurityPeriod,
  STATUS_DATE_PRECISION_MEANINGS,
  STATUS_DATE_PRECISIONS,
  STATUS_WINDOW,
} from "../../src/securities.js";
import type { Row, RowProblem, TableProblem, TableSchema } from "../schema.js";
import { date, number, oneOf, osPair, sourceIds, text } from "../schema.js";

const SLUG = { pattern: /^[a-z0-9][a-z0-9-]*$/, hint: "a series id of lowercase letters, digits and hyphens" };

/** "a: meaning; b: meaning", for a column description that cannot drift from the vocabulary. */
const meanings = (record: Record<string, string>) =>
  Object.entries(record)
    .map(([value, meaning]) => `${value}: ${meaning}`)
    .join("; ");

/** Row check: the date fits the period (a month-end on the month's last day, and so on). */
function dateFitsPeriod(row: Row): RowProblem[] {
  const { date: day, period } = row;
  if (typeof day !== "string" || typeof period !== "string") return [];
  const problem = periodDateProblem(period as SecurityPeriod, day);
  return problem ? [{ column: "date", message: problem }] : [];
}

/** Row check: a confirming source is a second source, not one the row already cites. */
function checkedIsSecondSource(row: Row): RowProblem[] {
  if (typeof row.checked !== "string" || typeof row.sources !== "string") return [];
  const cited = new Set(row.sources.split(";"));
  const same = row.checked.split(";").filter((id) => cited.has(id));
  return same.length
    ? [
        {
          column: "checked",
          message: `${same.map((id) => `"${id}"`).join(", ")} is also in sources; a check needs a second source`,
        },
      ]
    : [];
}

/** The columns that define a series: every row of a series must agree on them. */
const DEFINING = ["security", "exchange", "unit", "coupon"] as const;

/**
 * Table check: one definition per series (security, exchange, unit, coupon),
 * and at most one market price basis, so that a series can be drawn as one
 * line; official valuations and unknown bases may sit among its prices.
 */
function oneDefinitionPerSeries(rows: readonly Row[], lines: readonly number[]): TableProblem[] {
  const first = new Map<string, { row: Row; line: number }>();
  const market = new Map<string, { basis: string; line: number }>();
  const problems: TableProblem[] = [];
  rows.forEach((row, i) => {
    const line = lines[i] ?? 0;
    const series = String(row.series);
    const seen = first.get(series);
    if (!seen) first.set(series, { row, line });
    else
      for (const column of DEFINING)
        if (row[column] !== seen.row[column])
          problems.push({
            line,
            column,
            message: `${JSON.stringify(row[column] ?? "")} differs from ${JSON.stringify(seen.row[column] ?? "")} on line ${seen.line}: one ${column} per series`,
          });
    const basis = String(row.price_basis);
    if (!MARKET_BASES.includes(basis as (typeof MARKET_BASES)[number])) return;
    const earlier = market.get(series);
    if (!earlier) market.set(series, { basis, line });
    else if (earlier.basis !== basis)
      problems.push({
        line,
        column: "price_basis",
        message: `"${basis}" mixed with "${earlier.basis}" (line ${earlier.line}) in one series: give a series one market price basis`,
      });
  });
  return problems;
}

/** Every observed price of a Russian security (and the London benchmark) abroad, 1913–1919. */
export const securities: TableSchema = {
  name: "securities",
  title: "Russian securities in London, Berlin, Hamburg, Paris and New York, 1913–1919",
  description:
    "One row per observed price: monthly London prices of the Russian 5% loan of 1906 and 4½% loan of 1909 with the French 3% rentes as a benchmark (Yale ICF Investor's Monthly Manual), year-end Berlin and Hamburg prices and official tax valuations of Russian state, railway and city loans (Handbuch der deutschen Aktiengesellschaften), and two single observations in Paris and New York. Only observed values; nothing interpolated. See securities-derived for indices and yields.",
  key: ["series", "date"],
  columns: [
    text("series", { required: true, description: "Stable series id: one security on one exchange.", ...SLUG }),
    text("security", { required: true, maxLength: 300, description: "The security's name." }),
    oneOf("exchange", EXCHANGES, { required: true, description: `Where the price was made: ${EXCHANGES.join(", ")}.` }),
    date("date", {
      required: true,
      min: SECURITIES_WINDOW.from,
      max: SECURITIES_WINDOW.to,
      description:
        "Gregorian date; a month-end is the month's last day, a year-end 31 December, a month its first day.",
    }),
    oneOf("period", SECURITY_PERIODS, {
      required: true,
      description: `What the price stands for. ${meanings(SECURITY_PERIOD_MEANINGS)}.`,
    }),
    number("value", { required: true, min: 0, description: "The price as printed." }),
    oneOf("unit", SECURITY_UNITS, { required: true, description: "Unit of the value; usance details are in note." }),
    oneOf("price_basis", PRICE_BASES, {
      required: true,
      description: `What kind of figure the value is. ${meanings(PRICE_BASIS_MEANINGS)}.`,
    }),
    number("coupon", {
      min: 0,
      max: 20,
      description: "Annual coupon in % of par, for bonds; blank for shares or when unknown.",
    }),
    sourceIds("checked", {
      required: false,
      description:
        "Ids in sources.csv of a second source in which the same value was read; blank when the value is unchecked.",
    }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "Locator, the printed line, flags (OCR, identification, valuation), doubts." }),
  ],
  rowChecks: [dateFitsPeriod, checkedIsSecondSource],
  tableChecks: [oneDefinitionPerSeries],
};

/** Row check: a Julian date is given for Petrograd and Moscow days before the switch, and only for them. */
function julianForRussianDays(row: Row): RowProblem[] {
  const { exchange, date: day, date_os: os, date_precision: precision } = row;
  if (typeof exchange !== "string" || typeof day !== "string") return [];
  const russian = exchange === "petrograd" || exchange === "moscow";
  if (!russian && typeof os === "string")
    return [{ column: "date_os", message: `only Petrograd and Moscow rows take a Julian date, not ${exchange}` }];
  if (russian && os === null && precision === "day" && day < RUSSIA_SWITCH_NS)
    return [{ column: "date_os", message: `required for a ${exchange} day before ${RUSSIA_SWITCH_NS}` }];
  return [];
}

/**
 * Table check: each exchange's rows run in date order and the first states its
 * status on the window's first day, so its status on any day of the window is
 * the last row dated on or before it.
 */
function derivableStatus(rows: readonly Row[], lines: readonly number[]): TableProblem[] {
  const last = new Map<string, { date: string; line: number }>();
  const problems: TableProblem[] = [];
  rows.forEach((row, i) => {
    const line = lines[i] ?? 0;
    const exchange = String(row.exchange);
    const day = String(row.date);
    const before = last.get(exchange);
    if (!before && day !== STATUS_WINDOW.from)
      problems.push({
        line,
        column: "date",
        message: `the first ${exchange} row must give its status on ${STATUS_WINDOW.from}, not ${day}`,
      });
    if (before && day < before.date)
      problems.push({
        line,
        column: "date",
        message: `${day} is before the previous ${exchange} row (${before.date}, line ${before.line}); list each exchange's rows in date order`,
      });
    last.set(exchange, { date: day, line });
  });
  return problems;
}

/** Closures, reopenings and rule changes on the exchanges where Russian securities were dealt in, 1914–1919. */
export const exchangeStatus: TableSchema = {
  name: "exchange-status",
  title: "Exchanges open, restricted and closed, 1914–1919",
  description:
    "Dated closures, reopenings and rule changes on the exchanges of Petrograd, Moscow, London, Paris, New York, Berlin and Hamburg, each row with the status that holds from its date, so that an exchange's status on any day from 1 January 1914 to 31 December 1919 is its last row dated on or before that day.",
  key: ["exchange", "date"],
  columns: [
    oneOf("exchange", EXCHANGES, { required: true, description: `The exchange: ${EXCHANGES.join(", ")}.` }),
    date("date", {
      required: true,
      min: STATUS_WINDOW.from,
      max: STATUS_WINDOW.to,
      description: "Gregorian date from which the status holds (see date_precision).",
    }),
    date("date_os", {
      calendar: "julian",
      description: "The same day, Julian: Petrograd and Moscow days before 14 February 1918 only.",
    }),
    oneOf("date_precision", STATUS_DATE_PRECISIONS, {
      required: true,
      description: meanings(STATUS_DATE_PRECISION_MEANINGS),
    }),
    oneOf("status", EXCHANGE_STATUSES, {
      required: true,
      description: `The status from this date. ${meanings(EXCHANGE_STATUS_MEANINGS)}.`,
    }),
    text("event", { required: true, maxLength: 300, description: "What happened." }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "Quotation, calendar, conflicts, what is unknown." }),
  ],
  rowChecks: [osPair("date", "date_os"), julianForRussianDays],
  tableChecks: [derivableStatus],
};
