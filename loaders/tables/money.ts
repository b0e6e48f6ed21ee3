/** The money-and-markets tables: ruble quotations, money and prices, the exchange's events, gold contents. */
import { EXCHANGE_CATEGORIES } from "../../src/events.js";
import { EXCHANGE_STATUSES } from "../../src/securities.js";
import type { Row, RowProblem, TableSchema } from "../schema.js";
import { date, number, oneOf, osPair, sourceIds, text } from "../schema.js";

export const PERIODS = ["day", "month", "half-year", "year"] as const;
const SLUG = { pattern: /^[a-z0-9][a-z0-9-]*$/, hint: "a series name of lowercase letters, digits and hyphens" };

/** Row check: a period other than a day starts on the first of a month (or of a year). */
function periodStartsRight(row: Row): RowProblem[] {
  const { date: start, period } = row;
  if (typeof start !== "string" || typeof period !== "string") return [];
  if (period !== "day" && !start.endsWith("-01"))
    return [{ column: "date", message: `a ${period} is dated by its first day (YYYY-MM-01)` }];
  if (period === "year" && !start.endsWith("-01-01"))
    return [{ column: "date", message: "a year is dated by 1 January" }];
  if (period === "half-year" && !/-(01|07)-01$/.test(start))
    return [{ column: "date", message: "a half-year is dated by 1 January or 1 July" }];
  return [];
}

/** Row check: only a single day has a Julian date. */
function julianOnlyForDays(row: Row): RowProblem[] {
  return typeof row.date_os === "string" && row.period !== "day"
    ? [{ column: "date_os", message: "only a single day (period day) takes a Julian date" }]
    : [];
}

const dateColumns = [
  date("date", {
    required: true,
    min: "1913-01-01",
    max: "1919-12-31",
    description: "Gregorian date; for a month, half-year or year, its first day.",
  }),
  date("date_os", {
    calendar: "julian",
    description: "The same day, Julian, for single days before 14 February 1918.",
  }),
  oneOf("period", PERIODS, {
    required: true,
    description: "What the value covers: a day, or a month, half-year or year (usually an average).",
  }),
];

export const ruble: TableSchema = {
  name: "ruble",
  title: "Ruble quotations, 1913–1918",
  description:
    "Published exchange quotations of the ruble, each as printed by its source: Stockholm monthly rates, Petrograd official rates, yearly averages and single quotations. Nothing derived is stored here; see ruble-derived.",
  key: ["date", "series"],
  columns: [
    ...dateColumns,
    text("series", {
      required: true,
      description: "The quoted quantity and market, e.g. sek-per-100-rub (Stockholm).",
      ...SLUG,
    }),
    text("market", { required: true, description: "Where the quotation was made." }),
    number("value", { required: true, min: 0, description: "The value as published." }),
    text("unit", { required: true, description: "Unit of the value, e.g. SEK per 100 RUB." }),
    oneOf("flag", ["suspect"], {
      description:
        "suspect: kept as published but probably wrong in the source (see note); left out of derived series.",
    }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "Quotation, calendar, method, doubts." }),
  ],
  rowChecks: [osPair("date", "date_os"), periodStartsRight, julianOnlyForDays],
};

export const money: TableSchema = {
  name: "money",
  title: "Money and prices, 1914–1919",
  description: "Notes and money in circulation, price indices, gold reserve and annulled debt, as published.",
  key: ["date", "series"],
  columns: [
    ...dateColumns,
    text("series", { required: true, description: "The quantity, e.g. notes-in-circulation, price-index.", ...SLUG }),
    number("value", { required: true, min: 0, description: "The value as published." }),
    text("unit", { required: true, description: "Unit, or the index base." }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "Quotation, calendar, doubts." }),
  ],
  rowChecks: [osPair("date", "date_os"), periodStartsRight, julianOnlyForDays],
};

export const exchangeEvents: TableSchema = {
  name: "exchange-events",
  title: "The exchange, the banks and the decrees, 1914–1918",
  description:
    "Closures and reopenings of the Petrograd exchange, the nationalisation of the banks, the securities decree, the repudiation of state debts, the annulment of bank shares and related events.",
  key: ["date", "event"],
  columns: [
    date("date", {
      required: true,
      min: "1914-01-01",
      max: "1918-12-31",
      description: "Gregorian date (the start of a range or month).",
    }),
    date("date_os", { calendar: "julian", description: "The same day, Julian, before 14 February 1918." }),
    oneOf("date_precision", ["day", "month", "year", "range"], {
      required: true,
      description:
        "day; month or year (only that is known; the date is its first day); range (a span starting on date; see note).",
    }),
    text("event", { required: true, maxLength: 300, description: "What happened." }),
    oneOf("category", EXCHANGE_CATEGORIES, {
      required: true,
      description: "Kind of event.",
    }),
    oneOf("status", EXCHANGE_STATUSES, {
      description: "The exchange's status after the event, when the event is about it.",
    }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "Quotation, calendar, conflicts." }),
  ],
  rowChecks: [osPair("date", "date_os")],
};

export const goldContent: TableSchema = {
  name: "gold-content",
  title: "Gold content of the ruble and the dollar",
  description:
    "The legal gold content of each currency unit, from which the loader computes the ruble's gold parity in US cents.",
  key: ["currency"],
  columns: [
    oneOf("currency", ["RUB", "USD"], { required: true, description: "Currency." }),
    text("unit", { required: true, description: "The unit the weight is for." }),
    number("grams_fine_gold", { required: true, min: 0, description: "Grams of fine gold in one unit." }),
    date("since", { min: "1800-01-01", max: "1918-12-31", description: "Date of the law that set it, Gregorian." }),
    sourceIds("sources", { description: "Ids in sources.csv, separated by semicolons." }),
    text("note", { description: "The law and its wording." }),
  ],
};
