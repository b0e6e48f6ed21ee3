import { describe, expect, it } from "vitest";
import {
  claim10,
  claim11,
  claim12,
  claim13,
  claim19,
  type ExchangeEventRow,
  type MoneyRow,
  type QuoteRow,
} from "../loaders/claims/money.js";
import { checkFiles, readTidy } from "../loaders/index.js";
import {
  bondsChart,
  coupChanges,
  type DerivedPoint,
  deriveRuble,
  type EventRow,
  type ExchangeStatusRow,
  exchangeStatusChart,
  type GoldRow,
  type LondonDerivedRow,
  type MoneySeriesRow,
  moneyPrices,
  parityCents,
  type RubleRow,
  rubleChart,
  rubleCoup,
  type SecurityRow,
  securitiesBerlin,
} from "../src/index.js";
import { matchSnapshot, newDocument } from "./snapshot.js";

const quotes = await readTidy<RubleRow>("ruble");
const derived = await readTidy<DerivedPoint>("ruble-derived");
const money = await readTidy<MoneyRow & MoneySeriesRow>("money");
const decrees = await readTidy<ExchangeEventRow>("exchange-events");
const gold = await readTidy<GoldRow>("gold-content");
const securities = await readTidy<SecurityRow>("securities");
const bonds = await readTidy<LondonDerivedRow>("securities-derived");
const statuses = await readTidy<ExchangeStatusRow>("exchange-status");
const events = await readTidy<EventRow>("events");

const row = (
  date: string,
  series: string,
  value: number,
  flag: "suspect" | null = null,
  period: RubleRow["period"] = "month",
): RubleRow => ({
  date,
  date_os: null,
  period,
  series,
  market: "test",
  value,
  unit: "test",
  flag,
  sources: "s",
  note: null,
});
const fixtureGold: GoldRow[] = [
  { currency: "RUB", grams_fine_gold: 0.774235, sources: "s" },
  { currency: "USD", grams_fine_gold: 1.5046, sources: "s" },
];

describe("money data", () => {
  it("validates", async () => {
    expect(
      await checkFiles(["data/ruble.csv", "data/money.csv", "data/exchange-events.csv", "data/gold-content.csv"]),
    ).toEqual([]);
  });

  it("stores only published quotations: no derived series is typed in", () => {
    expect(quotes.filter((q) => /cents|parity|derived|cross/.test(q.series))).toEqual([]);
  });

  it("keeps a suspect value as published, flagged, and leaves it out of the derived series", () => {
    const suspect = quotes.filter((q) => q.flag === "suspect");
    expect(suspect.length).toBeGreaterThan(0);
    for (const q of suspect) expect(derived.some((d) => d.derived_from.includes(`${q.series} ${q.value}`))).toBe(false);
  });
});

describe("derivations, against hand-computed values", () => {
  it("computes the gold parity from the legal gold contents: 100 × 0.774235 ÷ 1.5046 = 51.46 cents", () => {
    expect(parityCents(gold)).toBeCloseTo(51.458, 3);
  });

  it("derives cents per ruble from the Stockholm cross rate, yearly and official rates", () => {
    const points = deriveRuble(
      [
        row("1917-10-01", "sek-per-100-rub", 40),
        row("1917-10-01", "sek-per-usd", 2.5),
        row("1917-11-01", "sek-per-100-rub", 35, "suspect"),
        row("1917-11-01", "sek-per-usd", 2.5),
        row("1918-01-01", "rub-per-usd-annual-clio-infra", 5, null, "year"),
        row("1917-08-23", "rub-per-100-usd", 500, null, "day"),
      ],
      fixtureGold,
    );
    // (40 / 100) / 2.5 × 100 = 16 cents = 31.1% of 51.458; 100 / 5 = 20 cents; 10000 / 500 = 20 cents.
    expect(points.map((p) => [p.series, p.date, p.usd_cents, p.pct_parity])).toEqual([
      ["usd-cents-clio-infra", "1918-01-01", 20, 38.9],
      ["usd-cents-petrograd-official", "1917-08-23", 20, 38.9],
      ["usd-cents-via-stockholm", "1917-10-01", 16, 31.1],
    ]);
  });

  it("matches the published table for October 1917", () => {
    const sek = quotes.find((q) => q.series === "sek-per-100-rub" && q.date === "1917-10-01")?.value as number;
    const usd = quotes.find((q) => q.series === "sek-per-usd" && q.date === "1917-10-01")?.value as number;
    const october = derived.find((d) => d.series === "usd-cents-via-stockholm" && d.date === "1917-10-01");
    expect(october?.usd_cents).toBeCloseTo((sek / 100 / usd) * 100, 2);
  });

  it("measures the change around the coup, and says when a month is missing", () => {
    const cents = (date: string, usd_cents: number) =>
      ({ date, usd_cents, series: "usd-cents-via-stockholm" }) as DerivedPoint;
    const changes = coupChanges([
      cents("1917-07-01", 20),
      cents("1917-09-01", 12),
      cents("1917-10-01", 10),
      cents("1917-11-01", 9),
    ]);
    expect(changes.map((c) => [c.label, c.change === null ? null : Math.round(c.change * 100)])).toEqual([
      ["3 months before", -50],
      ["1 month before", -17],
      ["1 month after", -10],
      ["3 months after", null],
    ]);
  });
});

describe("money claims", () => {
  it("claim 10: the fall came mostly before the coup", () => {
    const result = claim10(derived, quotes as unknown as QuoteRow[]);
    const aug = derived.find((d) => d.series === "usd-cents-via-stockholm" && d.date === "1917-08-01")
      ?.usd_cents as number;
    const nov = derived.find((d) => d.series === "usd-cents-via-stockholm" && d.date === "1917-11-01")
      ?.usd_cents as number;
    expect(result.figures.across).toBeCloseTo(nov / aug - 1, 6);
    const after = (result.figures.changes as { label: string; change: number | null }[]).find(
      (c) => c.label === "1 month after",
    )?.change as number;
    expect(after).toBeGreaterThan(-0.4);
    expect(result.verdict).toBe(nov / aug - 1 <= -1 / 3 ? "partly supported" : "not supported");
  });

  it("claims 11 and 13 apply their rules to Russian share prices, and have no data without them; claim 12 finds the three measures", () => {
    expect(claim11(securities).verdict).toBe("no data");
    expect(claim13(securities, decrees).verdict).toBe("no data");
    // A Petrograd bank share, before and after the coup and through the spring of 1918.
    const share = (date: string, value: number): SecurityRow => ({
      series: "test-bank-share-petrograd",
      security: "A Petrograd bank's shares",
      exchange: "petrograd",
      date,
      period: "day",
      value,
      unit: "% of par",
      price_basis: "quotation",
      coupon: null,
      checked: null,
      sources: "pipes-1990",
      note: null,
    });
    const steady = [share("1917-11-01", 100), share("1917-12-01", 95)];
    expect(claim11(steady).verdict).toBe("supported");
    expect(claim11([share("1917-11-01", 100), share("1917-12-01", 80)]).verdict).toBe("not supported");
    expect(claim13([share("1918-02-20", 100), share("1918-06-01", 120)], decrees).verdict).toBe("supported");
    expect(claim13([share("1918-02-20", 100), share("1918-06-01", 90)], decrees).verdict).toBe("not supported");
    const c12 = claim12(decrees);
    expect((c12.figures.found as { key: string; date: string }[]).map((f) => [f.key, f.date])).toEqual([
      ["banks", "1917-12-27"],
      ["securities", "1918-01-11"],
      ["debts", "1918-02-03"],
    ]);
    expect(c12.verdict).toBe("supported");
  });
});

describe("claim 19: a puzzling equanimity, priced in London", () => {
  it("reads the 5% 1906 against the rentes, and moves when its prices move", () => {
    const result = claim19({ bonds });
    const rel = (month: string) =>
      bonds.find((b) => b.series === "rus-5pct-1906-london" && b.date.startsWith(month))?.relative_index;
    expect(result.figures.coup).toBeCloseTo((rel("1917-11") as number) / (rel("1917-10") as number) - 1, 6);
    expect(result.figures.annulment).toBeCloseTo((rel("1918-02") as number) / (rel("1918-01") as number) - 1, 6);
    // A crash in the month of the coup turns "calm" off; a summer as low as March turns "recovered" off.
    const crash = bonds.map((b) =>
      b.series === "rus-5pct-1906-london" && b.date.startsWith("1917-11")
        ? { ...b, relative_index: (b.relative_index ?? 0) * 0.5 }
        : b,
    );
    const flat = bonds.map((b) =>
      b.series === "rus-5pct-1906-london" && b.date >= "1918-04" && b.date < "1918-10"
        ? { ...b, relative_index: rel("1918-03") ?? null }
        : b,
    );
    const both = flat.map((b, i) =>
      crash[i]?.relative_index !== b.relative_index && b.date.startsWith("1917-11") ? (crash[i] as typeof b) : b,
    );
    const verdicts = [
      claim19({ bonds }),
      claim19({ bonds: crash }),
      claim19({ bonds: flat }),
      claim19({ bonds: both }),
    ].map((c) => c.verdict);
    expect(new Set(verdicts).size).toBeGreaterThan(1);
    expect(claim19({ bonds: both }).verdict).toBe("not supported");
    expect(claim19({ bonds: [] }).verdict).toBe("no data");
  });
});

describe("money charts", () => {
  it("ruble: derived series dashed, quotation solid, missing months as gaps", async () => {
    const chart = rubleChart(derived, { document: newDocument(), width: 800, ruble: quotes });
    await matchSnapshot("ruble", chart);
    const paths = [...chart.querySelectorAll(":scope > svg [data-mark=line] path")];
    const dashed = paths.filter((p) => p.closest("[stroke-dasharray]") || p.getAttribute("stroke-dasharray"));
    expect(dashed.length).toBeGreaterThan(0);
    expect(paths.length - dashed.length).toBeGreaterThan(0);
    // The suspect June 1915 value leaves a gap: the Stockholm line has more than one segment ("M" commands).
    const segments = paths.map((p) => (p.getAttribute("d")?.match(/M/g) ?? []).length);
    expect(Math.max(...segments)).toBeGreaterThan(1);
    expect(chart.querySelector(".btc-subtitle")?.textContent).toContain(`${derived[0]?.parity_cents} US cents`);
  });

  it("coup: one bar per measurable window, 'no quotation' for the missing one", async () => {
    const chart = rubleCoup(derived, { document: newDocument(), width: 640 });
    await matchSnapshot("ruble-coup", chart);
    expect(chart.querySelectorAll(":scope > svg [data-mark=bar] rect")).toHaveLength(3);
    expect(chart.textContent).toContain("no quotation");
  });

  it("money and prices: two indices, labelled with their last values", async () => {
    const chart = moneyPrices(money, { document: newDocument(), width: 640 });
    await matchSnapshot("money-prices", chart);
    expect(chart.querySelectorAll(":scope > svg [data-mark=line] path")).toHaveLength(2);
    expect(chart.textContent).toContain("Prices 1172");
  });

  /** The number of separate runs ("M" commands) in each line of a chart. */
  const runs = (chart: Element) =>
    [...chart.querySelectorAll(":scope > svg [data-mark=line] path")].map(
      (p) => (p.getAttribute("d")?.match(/M/g) ?? []).length,
    );

  it("bonds: two Russian loans against the rentes, the 1914 closure a band and a gap, the events marked", async () => {
    const chart = bondsChart(bonds, { document: newDocument(), width: 800, "exchange-status": statuses, events });
    await matchSnapshot("bonds-london", chart);
    expect(runs(chart)).toHaveLength(3);
    // London was closed from August to December 1914: no price, so each line breaks there.
    expect(Math.min(...runs(chart))).toBeGreaterThan(1);
    expect(chart.textContent).toContain("London closed");
    for (const label of ["October", "Loans annulled", "Brest-Litovsk", "Armistice"])
      expect(chart.textContent).toContain(label);
    // The legend sits in the figure, outside the plot's SVG.
    const legend = [...chart.children]
      .filter((e) => e.tagName !== "svg")
      .map((e) => e.textContent)
      .join(" ");
    expect(legend).toContain("Russian 5% 1906");
    expect(legend).toContain("Russian 4½% 1909");
    expect(legend).toContain("French 3% rentes (benchmark)");
    const november = bonds.find((b) => b.series === "rus-5pct-1906-london" && b.date === "1917-11-30");
    expect(chart.querySelector(":scope > svg")?.getAttribute("aria-description")).toContain(
      `${november?.price_index} in November`,
    );
  });

  it("bonds: the spread drops the benchmark's line and says what a spread is; a missing month is a new gap", () => {
    const chart = bondsChart(bonds, { document: newDocument(), width: 800, measure: "spread" });
    expect(runs(chart)).toHaveLength(2);
    expect(chart.textContent).toContain("percentage points");
    expect(chart.querySelector(".btc-subtitle")?.textContent).toMatch(/current yield/);
    const before = runs(bondsChart(bonds, { document: newDocument(), width: 800 }));
    const without = bonds.filter((b) => b.date !== "1916-06-30");
    expect(runs(bondsChart(without, { document: newDocument(), width: 800 }))).toEqual(before.map((n) => n + 1));
  });

  it("exchanges: one row per exchange, one bar per span of a status, London's closure dated", async () => {
    const chart = exchangeStatusChart(statuses, { document: newDocument(), width: 800 });
    await matchSnapshot("exchange-status", chart);
    const ticks = [...chart.querySelectorAll(":scope > svg [data-mark='y-axis tick label'] text")].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(["Petrograd", "Moscow", "London", "Paris", "New York", "Berlin"]);
    const titles = [...chart.querySelectorAll(":scope > svg [data-mark=bar] title")].map((t) => t.textContent ?? "");
    expect(titles.some((t) => t.startsWith("London: closed\n31 July 1914"))).toBe(true);
    expect(
      [...chart.children].find((e) => e.tagName !== "svg" && e.textContent?.includes("Open under restrictions")),
    ).toBeTruthy();
  });

  it("Berlin and Hamburg: a tax valuation is a hollow dot, a quotation a filled one, never joined", async () => {
    const chart = securitiesBerlin(securities, { document: newDocument(), width: 800 });
    await matchSnapshot("securities-berlin", chart);
    const dots = [...chart.querySelectorAll(":scope > svg [data-mark=dot] > *")];
    const german = securities.filter(
      (r) => (r.exchange === "berlin" || r.exchange === "hamburg") && r.unit === "% of par",
    );
    expect(dots).toHaveLength(german.length);
    const hollow = dots.filter((d) => d.closest("[fill=none]")).length;
    expect(hollow).toBe(german.filter((r) => r.price_basis !== "quotation" && r.price_basis !== "trade").length);
    expect(hollow).toBeGreaterThan(0);
    expect(chart.querySelectorAll(":scope > svg [data-mark=line]")).toHaveLength(0);
  });
});
