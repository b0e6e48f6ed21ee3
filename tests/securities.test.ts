import { describe, expect, it } from "vitest";
import { checkFiles, readTidy } from "../loaders/index.js";
import { addDays } from "../src/calendar.js";
import {
  BASE_DATE,
  BENCHMARK_SERIES,
  currentYield,
  deriveLondonBonds,
  EXCHANGES,
  type ExchangeStatusRow,
  exchangeStatusOn,
  indexTo,
  type LondonDerivedRow,
  periodDateProblem,
  type SecurityRow,
  STATUS_WINDOW,
  statusSpans,
} from "../src/securities.js";

const prices = await readTidy<SecurityRow>("securities");
const statuses = await readTidy<ExchangeStatusRow>("exchange-status");
const derived = await readTidy<LondonDerivedRow>("securities-derived");

/** A London month-end price row for the fixtures. */
const price = (series: string, date: string, value: number, coupon: number): SecurityRow => ({
  series,
  security: series,
  exchange: "london",
  date,
  period: "month-end",
  value,
  unit: "% of par",
  price_basis: "quotation",
  coupon,
  checked: null,
  sources: series === BENCHMARK_SERIES ? "b" : "s",
  note: null,
});

const BOND = "rus-5pct-1906-london";
/** January 1914 base, then October and November 1917, for the bond and the benchmark. */
const fixture = (changes: { bond?: Record<string, number>; bench?: Record<string, number> } = {}): SecurityRow[] => {
  const bond = { [BASE_DATE]: 103.5, "1917-10-31": 66.5, "1917-11-30": 57.5, ...changes.bond };
  const bench = { [BASE_DATE]: 85.5, "1917-10-31": 54.5, "1917-11-30": 54.5, ...changes.bench };
  return [
    ...Object.entries(bond).map(([d, v]) => price(BOND, d, v, 5)),
    ...Object.entries(bench).map(([d, v]) => price(BENCHMARK_SERIES, d, v, 3)),
  ];
};
const month = (rows: readonly LondonDerivedRow[], date: string) => {
  const row = rows.find((r) => r.series === BOND && r.date === date);
  if (!row) throw new Error(`no derived row for ${date}`);
  return row;
};
const FIGURES = [
  "price",
  "price_index",
  "benchmark_price",
  "benchmark_index",
  "relative_index",
  "current_yield",
  "benchmark_yield",
  "spread",
] as const;
/** The figures of a month that differ between two derivations. */
const moved = (a: LondonDerivedRow, b: LondonDerivedRow) => FIGURES.filter((f) => a[f] !== b[f]);

describe("securities data", () => {
  it("validates", async () => {
    expect(await checkFiles(["data/securities.csv", "data/exchange-status.csv"])).toEqual([]);
  });

  it("holds 281 observed prices in 17 series, London monthly with the August–December 1914 closure left empty", () => {
    expect(prices).toHaveLength(281);
    expect(new Set(prices.map((p) => p.series)).size).toBe(17);
    const london = prices.filter((p) => p.exchange === "london");
    expect(london).toHaveLength(235);
    expect(london.filter((p) => p.date > "1914-07-31" && p.date < "1915-01-01")).toEqual([]);
  });

  it("marks every German end-1916 and end-1918 figure as an official valuation, never a market price", () => {
    const german = prices.filter(
      (p) => (p.exchange === "berlin" || p.exchange === "hamburg") && /^(1916|1918)-12-31$/.test(p.date),
    );
    expect(german.length).toBe(22);
    for (const p of german) expect(p.price_basis, `${p.series} ${p.date}`).toBe("official-valuation");
  });

  it("dates a period by the right day", () => {
    expect(periodDateProblem("month-end", "1916-02-29")).toBeNull();
    expect(periodDateProblem("month-end", "1916-02-28")).toMatch(/last day/);
    expect(periodDateProblem("year-end", "1918-12-30")).toMatch(/31 December/);
    expect(periodDateProblem("month", "1916-08-01")).toBeNull();
  });
});

describe("London derivations, against hand-computed values", () => {
  it("computes index, relative index, yields and spread for November 1917", () => {
    const nov = month(deriveLondonBonds(fixture()), "1917-11-30");
    // 57.5 / 103.5 = 55.56%; 54.5 / 85.5 = 63.74%; 55.556 / 63.743 = 87.16%.
    expect(nov.price_index).toBe(55.56);
    expect(nov.benchmark_index).toBe(63.74);
    expect(nov.relative_index).toBe(87.16);
    // 5 / 57.5 = 8.696%; 3 / 54.5 = 5.505%; spread 3.191 points.
    expect(nov.current_yield).toBe(8.696);
    expect(nov.benchmark_yield).toBe(5.505);
    expect(nov.spread).toBe(3.191);
    expect(nov.sources).toBe("s;b");
  });

  it("moves every figure of the bond, and none of the benchmark's, when the bond's price changes", () => {
    const before = month(deriveLondonBonds(fixture()), "1917-11-30");
    const after = month(deriveLondonBonds(fixture({ bond: { "1917-11-30": 50 } })), "1917-11-30");
    expect(moved(before, after)).toEqual(["price", "price_index", "relative_index", "current_yield", "spread"]);
    expect(after.current_yield).toBe(currentYield(5, 50));
  });

  it("moves the benchmark's figures, the relative index and the spread when the benchmark's price changes", () => {
    const before = month(deriveLondonBonds(fixture()), "1917-11-30");
    const after = month(deriveLondonBonds(fixture({ bench: { "1917-11-30": 50 } })), "1917-11-30");
    expect(moved(before, after)).toEqual([
      "benchmark_price",
      "benchmark_index",
      "relative_index",
      "benchmark_yield",
      "spread",
    ]);
  });

  it("moves the indices of every month, not the yields, when the January 1914 base changes", () => {
    const before = deriveLondonBonds(fixture());
    const after = deriveLondonBonds(fixture({ bond: { [BASE_DATE]: 100 } }));
    for (const date of ["1917-10-31", "1917-11-30"])
      expect(moved(month(before, date), month(after, date))).toEqual(["price_index", "relative_index"]);
    expect(month(after, "1917-10-31").price_index).toBe(Number(indexTo(66.5, 100).toFixed(2)));
  });

  it("leaves a month without a price absent, even when the benchmark has one", () => {
    const rows = deriveLondonBonds([...fixture(), price(BENCHMARK_SERIES, "1917-12-31", 54.5, 3)]);
    expect(rows.map((r) => r.date)).toEqual([BASE_DATE, "1917-10-31", "1917-11-30"]);
  });

  it("keeps a month without a benchmark price, with its comparisons blank", () => {
    const rows = deriveLondonBonds([...fixture(), price(BOND, "1917-12-31", 52.5, 5)]);
    const dec = month(rows, "1917-12-31");
    expect(dec.price_index).toBe(50.72);
    expect(dec.current_yield).toBe(9.524);
    expect([dec.benchmark_price, dec.benchmark_index, dec.relative_index, dec.benchmark_yield, dec.spread]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("derives nothing from an official valuation or another exchange", () => {
    const valuation: SecurityRow = { ...price(BOND, "1917-12-31", 40, 5), price_basis: "official-valuation" };
    const berlin: SecurityRow = { ...price("rus-berlin", "1917-11-30", 40, 4), exchange: "berlin" };
    expect(deriveLondonBonds([...fixture(), valuation, berlin])).toHaveLength(3);
  });
});

describe("the published derived table", () => {
  it("has one row per Russian London bond and month with a price: 79 each, none while London was closed", () => {
    expect(derived).toHaveLength(158);
    expect(new Set(derived.map((r) => r.series))).toEqual(new Set(["rus-4half-1909-london", BOND]));
    expect(derived.filter((r) => r.date > "1914-07-31" && r.date < "1915-01-01")).toEqual([]);
  });

  it("starts each bond at 100 in January 1914 and gives the 5% 1906 of November 1917 as computed by hand", () => {
    for (const r of derived.filter((d) => d.date === BASE_DATE)) {
      expect(r.price_index).toBe(100);
      expect(r.relative_index).toBe(100);
    }
    const nov = month(derived, "1917-11-30");
    expect([nov.price, nov.price_index, nov.relative_index, nov.current_yield, nov.spread]).toEqual([
      57.5, 55.56, 87.16, 8.696, 3.191,
    ]);
  });

  it("leaves the comparisons blank in January and February 1915, when the benchmark has no price", () => {
    for (const date of ["1915-01-31", "1915-02-28"]) {
      const r = month(derived, date);
      expect(r.price).toBeGreaterThan(0);
      expect(r.relative_index).toBeNull();
      expect(r.spread).toBeNull();
    }
  });
});

describe("exchange status", () => {
  it("gives every exchange a status on every day of the window", () => {
    for (const exchange of EXCHANGES) {
      for (let day: string = STATUS_WINDOW.from; day <= STATUS_WINDOW.to; day = addDays(day, 30))
        expect(exchangeStatusOn(statuses, exchange, day), `${exchange} ${day}`).toBeDefined();
      expect(exchangeStatusOn(statuses, exchange, STATUS_WINDOW.to)).toBeDefined();
    }
  });

  it("reads the status on a day from the last event on or before it", () => {
    expect(exchangeStatusOn(statuses, "london", "1914-07-30")?.status).toBe("open");
    expect(exchangeStatusOn(statuses, "london", "1914-10-01")?.status).toBe("closed");
    expect(exchangeStatusOn(statuses, "london", "1915-01-04")?.status).toBe("restricted");
    expect(exchangeStatusOn(statuses, "paris", "1914-10-15")?.status).toBe("closed");
    expect(exchangeStatusOn(statuses, "new-york", "1915-06-01")?.status).toBe("open");
    expect(exchangeStatusOn(statuses, "petrograd", "1918-03-01")?.status).toBe("closed");
    expect(exchangeStatusOn(statuses, "petrograd", "1917-06-01")?.status).toBe("unknown");
    expect(exchangeStatusOn(statuses, "london", "1913-12-31")).toBeUndefined();
  });

  it("agrees with the London prices: London was dealing in every month that has a price", () => {
    // A month-end price is dated by the month's last day even when the month's
    // last dealing day came before it (July 1914: closed on the 31st), so the
    // check looks at the 28th.
    for (const p of prices.filter((q) => q.exchange === "london"))
      expect(exchangeStatusOn(statuses, "london", `${p.date.slice(0, 8)}28`)?.status, p.date).not.toBe("closed");
    expect(exchangeStatusOn(statuses, "london", "1914-07-31")?.status).toBe("closed");
  });

  it("merges events that leave the status unchanged into one span", () => {
    const spans = statusSpans(statuses, "paris", STATUS_WINDOW.to);
    expect(spans.map((s) => [s.from, s.status])).toEqual([
      ["1914-01-01", "open"],
      ["1914-07-27", "restricted"],
      ["1914-09-03", "closed"],
      ["1914-12-07", "restricted"],
    ]);
    expect(spans.at(-1)?.to).toBe(STATUS_WINDOW.to);
    expect(spans[2]?.to).toBe("1914-12-06");
  });
});
