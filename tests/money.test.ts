import { describe, expect, it } from "vitest";
import {
  claim10,
  claim11,
  claim12,
  claim13,
  type ExchangeEventRow,
  type MoneyRow,
  type QuoteRow,
} from "../loaders/claims/money.js";
import { checkFiles, readTidy } from "../loaders/index.js";
import {
  coupChanges,
  type DerivedPoint,
  deriveRuble,
  type GoldRow,
  type MoneySeriesRow,
  moneyPrices,
  parityCents,
  type RubleRow,
  rubleChart,
  rubleCoup,
} from "../src/index.js";
import { matchSnapshot, newDocument } from "./snapshot.js";

const quotes = await readTidy<RubleRow>("ruble");
const derived = await readTidy<DerivedPoint>("ruble-derived");
const money = await readTidy<MoneyRow & MoneySeriesRow>("money");
const decrees = await readTidy<ExchangeEventRow>("exchange-events");
const gold = await readTidy<GoldRow>("gold-content");

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

  it("claims 11 and 13 have no data without share prices; claim 12 finds the three measures", () => {
    expect(claim11(money).verdict).toBe("no data");
    expect(claim13(money, decrees).verdict).toBe("no data");
    expect(claim11([{ date: "1917-11-01", series: "bank-share-price", value: 1 }]).verdict).not.toBe("no data");
    const c12 = claim12(decrees);
    expect((c12.figures.found as { key: string; date: string }[]).map((f) => [f.key, f.date])).toEqual([
      ["banks", "1917-12-27"],
      ["securities", "1918-01-11"],
      ["debts", "1918-02-03"],
    ]);
    expect(c12.verdict).toBe("supported");
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
});
