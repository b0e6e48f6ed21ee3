/**
 * What the securities tables, their loader and the charts share: the
 * vocabularies of `securities.csv` and `exchange-status.csv`, their row types,
 * and the series derived from the London bond prices (index to January 1914,
 * price relative to the benchmark, current yield and spread).
 *
 * Derived values are computed here and nowhere else; the data files hold only
 * what sources printed. Schemas import their vocabularies from this module, so
 * each list is written once.
 *
 * @module
 */
import { addDays } from "./calendar.js";

/** The exchanges the two tables know, by id. */
export const EXCHANGES = ["petrograd", "moscow", "london", "paris", "new-york", "berlin", "hamburg"] as const;
/** An exchange id. */
export type Exchange = (typeof EXCHANGES)[number];

/** Each exchange's name as the charts label it. */
export const EXCHANGE_LABELS: Record<Exchange, string> = {
  petrograd: "Petrograd (St Petersburg) exchange",
  moscow: "Moscow exchange",
  london: "London Stock Exchange",
  paris: "Paris Bourse",
  "new-york": "New York Stock Exchange",
  berlin: "Berlin bourse",
  hamburg: "Hamburg bourse",
};

/** Each exchange by its city, for a chart's axis. */
export const EXCHANGE_CITIES: Record<Exchange, string> = {
  petrograd: "Petrograd",
  moscow: "Moscow",
  london: "London",
  paris: "Paris",
  "new-york": "New York",
  berlin: "Berlin",
  hamburg: "Hamburg",
};

/** What kind of figure a price is. */
export const PRICE_BASES = ["trade", "quotation", "official-valuation", "unknown"] as const;
/** A price basis. */
export type PriceBasis = (typeof PRICE_BASES)[number];

/** One line each on what a price basis means (the schema's column description is built from these). */
export const PRICE_BASIS_MEANINGS: Record<PriceBasis, string> = {
  trade: "a price at which a bargain was done",
  quotation: "a price quoted in a price list or table (official list, year-end price, latest price of the month)",
  "official-valuation": "a price fixed by an authority, e.g. for tax purposes; not a market price",
  unknown: "the source does not say whether the figure is a quotation or a valuation",
};

/** The bases that are market prices; a series joins at most one of them into a line. */
export const MARKET_BASES: readonly PriceBasis[] = ["trade", "quotation"];

/** What span a price stands for. */
export const SECURITY_PERIODS = ["month-end", "year-end", "day", "on-or-before", "month"] as const;
/** A price's period. */
export type SecurityPeriod = (typeof SECURITY_PERIODS)[number];

/** One line each on a period and how its row is dated. */
export const SECURITY_PERIOD_MEANINGS: Record<SecurityPeriod, string> = {
  "month-end": "the month's closing price; dated by the month's last day",
  "year-end": "the year's closing price; dated 31 December",
  day: "a price on that day",
  "on-or-before": "the last price on or before the date (the source gives no exact day)",
  month: "a price at some time in the month; dated by the month's first day",
};

/** Units of `value`. */
export const SECURITY_UNITS = ["% of par", "USD per 1,000-ruble bond"] as const;
/** A unit. */
export type SecurityUnit = (typeof SECURITY_UNITS)[number];

/** The state of an exchange from a dated event on. */
export const EXCHANGE_STATUSES = ["open", "restricted", "unofficial", "closed", "unknown"] as const;
/** An exchange status. */
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

/** One line each on what a status means. */
export const EXCHANGE_STATUS_MEANINGS: Record<ExchangeStatus, string> = {
  open: "dealing with public quotations and no special restrictions",
  restricted: "open under restrictions (minimum prices, cash dealings only, licences, no public quotation)",
  unofficial: "the exchange closed; securities dealt in at unofficial meetings outside it, without official quotations",
  closed: "no dealing on the exchange and no official quotations",
  unknown: "the sources read do not say",
};

/** How exactly an exchange event is dated. */
export const STATUS_DATE_PRECISIONS = ["day", "range", "month", "year"] as const;
/** A date precision. */
export type StatusDatePrecision = (typeof STATUS_DATE_PRECISIONS)[number];

/** One line each on a date precision and how its row is dated. */
export const STATUS_DATE_PRECISION_MEANINGS: Record<StatusDatePrecision, string> = {
  day: "the status holds from that day",
  range: "the change fell on a day in a span starting on the date; the note gives the span's end",
  month: "only the month is known; dated by its first day",
  year: "only the year is known; dated 1 January",
};

/** The span of `securities.csv`. */
export const SECURITIES_WINDOW = { from: "1913-01-01", to: "1919-12-31" } as const;
/** The span over which `exchange-status.csv` gives every exchange's status. */
export const STATUS_WINDOW = { from: "1914-01-01", to: "1919-12-31" } as const;

/** The London benchmark: French 3% rentes quoted in London, against which the Russian bonds are read. */
export const BENCHMARK_SERIES = "fra-3pct-rentes-london";
/** The base month of the indices: January 1914, the last quiet month-end before the war. */
export const BASE_DATE = "1914-01-31";

/** One observed price, as in `data/securities.csv`. */
export interface SecurityRow {
  series: string;
  security: string;
  exchange: Exchange;
  date: string;
  period: SecurityPeriod;
  value: number;
  unit: SecurityUnit;
  price_basis: PriceBasis;
  /** Annual coupon in % of par; null for shares or when unknown. */
  coupon: number | null;
  /** Ids of a second source that confirms the value. */
  checked: string | null;
  sources: string;
  note: string | null;
}

/** One dated event on an exchange, as in `data/exchange-status.csv`. */
export interface ExchangeStatusRow {
  exchange: Exchange;
  date: string;
  date_os: string | null;
  date_precision: StatusDatePrecision;
  status: ExchangeStatus;
  event: string;
  sources: string;
  note: string | null;
}

/** Is `date` the last day of its month? */
export function isMonthEnd(date: string): boolean {
  return addDays(date, 1).endsWith("-01");
}

/**
 * Why `date` cannot date a price of this period, or null when it can: a
 * month-end is the month's last day, a year-end 31 December, a month its
 * first day.
 */
export function periodDateProblem(period: SecurityPeriod, date: string): string | null {
  if (period === "month-end" && !isMonthEnd(date)) return "a month-end is dated by the month's last day";
  if (period === "year-end" && !date.endsWith("-12-31")) return "a year-end is dated 31 December";
  if (period === "month" && !date.endsWith("-01")) return "a month is dated by its first day (YYYY-MM-01)";
  return null;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** `value` as a per cent of `base` (100 = the base). */
export function indexTo(value: number, base: number): number {
  return (100 * value) / base;
}

/** Current yield in per cent: the annual coupon over the price, both in % of par. */
export function currentYield(coupon: number, price: number): number {
  return (100 * coupon) / price;
}

/** One month of a Russian London bond, read against its January 1914 level and the benchmark. */
export interface LondonDerivedRow {
  series: string;
  security: string;
  date: string;
  /** Month-end price, % of par, as observed. */
  price: number;
  /** Price as % of the bond's January 1914 price. */
  price_index: number;
  /** The benchmark's price on the same date, or null when it has none. */
  benchmark_price: number | null;
  /** The benchmark's price as % of its January 1914 price. */
  benchmark_index: number | null;
  /** 100 × price_index ÷ benchmark_index: below 100, the bond fell further than the benchmark. */
  relative_index: number | null;
  coupon: number;
  /** coupon ÷ price × 100, per cent. */
  current_yield: number;
  /** The benchmark's coupon ÷ its price × 100, per cent. */
  benchmark_yield: number | null;
  /** current_yield − benchmark_yield, percentage points. */
  spread: number | null;
  sources: string;
}

const isMarketPrice = (row: SecurityRow) => MARKET_BASES.includes(row.price_basis);

/**
 * The London derivations: for each Russian bond quoted in London (every London
 * series but the benchmark, with a coupon) and each month it has a market
 * price, the price against January 1914, against the benchmark, and as a
 * current yield and a spread over the benchmark's yield. A month without a
 * price stays absent, and a month without a benchmark price keeps its own
 * figures and leaves the comparisons blank: nothing is interpolated.
 */
export function deriveLondonBonds(rows: readonly SecurityRow[]): LondonDerivedRow[] {
  const london = rows.filter((r) => r.exchange === "london" && isMarketPrice(r));
  const benchmark = new Map(london.filter((r) => r.series === BENCHMARK_SERIES).map((r) => [r.date, r]));
  const benchBase = benchmark.get(BASE_DATE);
  const bonds = london.filter((r) => r.series !== BENCHMARK_SERIES && r.coupon !== null);
  const bases = new Map(bonds.filter((r) => r.date === BASE_DATE).map((r) => [r.series, r.value]));
  const out: LondonDerivedRow[] = [];
  for (const r of bonds) {
    const base = bases.get(r.series);
    if (base === undefined || r.coupon === null) continue;
    const bench = benchmark.get(r.date);
    const priceIndex = indexTo(r.value, base);
    const benchIndex = bench && benchBase ? indexTo(bench.value, benchBase.value) : null;
    const yieldNow = currentYield(r.coupon, r.value);
    const benchYield = bench?.coupon != null ? currentYield(bench.coupon, bench.value) : null;
    out.push({
      series: r.series,
      security: r.security,
      date: r.date,
      price: r.value,
      price_index: round(priceIndex),
      benchmark_price: bench?.value ?? null,
      benchmark_index: benchIndex === null ? null : round(benchIndex),
      relative_index: benchIndex === null ? null : round(indexTo(priceIndex, benchIndex)),
      coupon: r.coupon,
      current_yield: round(yieldNow, 3),
      benchmark_yield: benchYield === null ? null : round(benchYield, 3),
      spread: benchYield === null ? null : round(yieldNow - benchYield, 3),
      sources: [...new Set([r, bench].flatMap((x) => (x ? x.sources.split(";") : [])))].join(";"),
    });
  }
  return out.sort((a, b) => a.series.localeCompare(b.series) || a.date.localeCompare(b.date));
}

/**
 * The event in force on `day` at `exchange`: the last row dated on or before
 * it (rows in any order). Undefined before the exchange's first row.
 */
export function exchangeStatusOn(
  rows: readonly ExchangeStatusRow[],
  exchange: Exchange,
  day: string,
): ExchangeStatusRow | undefined {
  let found: ExchangeStatusRow | undefined;
  for (const row of rows) {
    if (row.exchange !== exchange || row.date > day) continue;
    if (!found || row.date > found.date) found = row;
  }
  return found;
}

/** A stretch of days with one status, `to` inclusive. */
export interface StatusSpan {
  exchange: Exchange;
  from: string;
  to: string;
  status: ExchangeStatus;
  /** How exactly the span's start is known. */
  precision: StatusDatePrecision;
}

/**
 * An exchange's statuses as consecutive spans up to `end` (inclusive), for a
 * timeline: each event starts a span that runs to the day before the next.
 * Events that leave the status unchanged are merged into the span before.
 */
export function statusSpans(rows: readonly ExchangeStatusRow[], exchange: Exchange, end: string): StatusSpan[] {
  const own = rows.filter((r) => r.exchange === exchange && r.date <= end).sort((a, b) => a.date.localeCompare(b.date));
  const spans: StatusSpan[] = [];
  own.forEach((row, i) => {
    const next = own[i + 1];
    const to = next ? addDays(next.date, -1) : end;
    const last = spans.at(-1);
    if (last && last.status === row.status) last.to = to;
    else spans.push({ exchange, from: row.date, to, status: row.status, precision: row.date_precision });
  });
  return spans;
}
