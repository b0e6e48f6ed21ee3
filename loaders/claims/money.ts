/**
 * Claims 10–13 of shared/claims.md, put to the money tables. Figures are
 * computed; each verdict follows from the rule stated beside it.
 */
import { formatDual, toGregorian } from "../../src/calendar.js";
import { coupChanges, type DerivedPoint } from "../../src/money.js";
import { type Reading, withRobustness } from "./robustness.js";
import { type ClaimResult, pct } from "./verdict.js";

export interface MoneyRow {
  date: string;
  series: string;
  value: number;
}

export interface ExchangeEventRow {
  date: string;
  date_os: string | null;
  event: string;
  category: string;
}

const signed = (x: number | null) => (x === null ? "no data" : `${x > 0 ? "+" : ""}${pct(x)}`);

/** The observed Stockholm quotation (kronor per 100 rubles) in a month, if published. */
export interface QuoteRow {
  date: string;
  series: string;
  value: number;
  flag: string | null;
}

export function claim10(derived: readonly DerivedPoint[], quotes: readonly QuoteRow[] = []): ClaimResult {
  const changes = coupChanges(derived);
  const [before3, before1, after1, after3] = changes;
  const cents = new Map(
    derived.filter((d) => d.series === "usd-cents-via-stockholm").map((d) => [d.date, d.usd_cents]),
  );
  const aug = cents.get("1917-08-01");
  const nov = cents.get("1917-11-01");
  const across = aug && nov ? nov / aug - 1 : null;
  const sek = (month: string) =>
    quotes.find((q) => q.series === "sek-per-100-rub" && q.date === month && q.flag !== "suspect")?.value;
  const sekAug = sek("1917-08-01");
  const sekNov = sek("1917-11-01");
  const sekAcross = sekAug && sekNov ? sekNov / sekAug - 1 : null;
  const after = after3?.change ?? after1?.change ?? null;
  const rule =
    "Supported if the ruble's dollar value fell by 40% or more in the month (or three months) after the coup; partly supported if it fell by a third or more from three months before the coup to the month after, but mostly before the coup; not supported otherwise; no data without the monthly quotations.";
  const verdict =
    after === null || across === null
      ? "no data"
      : after <= -0.4
        ? "supported"
        : across <= -1 / 3
          ? "partly supported"
          : "not supported";
  return {
    id: 10,
    title: "The ruble halved after the coup",
    claim: "After the Bolshevik coup the ruble lost one half of its exchange value against the dollar (Pipes).",
    verdict,
    rule,
    figures: { changes, across, aug: aug ?? null, nov: nov ?? null, sekAcross },
    finding: `On the Stockholm cross rate the ruble was worth ${aug ?? "?"} US cents in August 1917 and ${nov ?? "?"} in November: ${signed(across)} over those three months (${signed(sekAcross)} in kronor, the quotation as published, nearer to half). Most of it came before the coup: ${signed(before3?.change ?? null)} from July to October and ${signed(before1?.change ?? null)} from September to October, against ${signed(after1?.change ?? null)} from October to November; ${after3?.change === null ? "the Stockholm series stops in December 1917, so three months after the coup cannot be measured" : `${signed(after3?.change ?? null)} over three months`}. These are monthly averages: a plunge within November would be smoothed out.`,
  };
}

export function claim11(money: readonly MoneyRow[]): ClaimResult {
  const shares = money.filter((m) => /share|stock-index|equity/.test(m.series) && m.date >= "1917-01-01");
  const rule =
    "No data unless the money table holds share prices or a share index for the Petrograd exchange in 1917–1918; then supported if prices moved less than 10% in the month after the coup.";
  return {
    id: 11,
    title: "Shares held steady",
    claim: "Share prices on the Petrograd exchange held steady after the coup; the affluent did not panic (Pipes).",
    verdict: shares.length === 0 ? "no data" : "partly supported",
    rule,
    figures: { sharePrices: shares.length },
    finding:
      shares.length === 0
        ? "No price series for Petrograd shares in 1917–1918 was found: the Yale index of the St Petersburg exchange ends in February 1917, and the prices collected for its two months of trading in 1917 could not be reached. The claim can be neither confirmed nor refuted from our data."
        : `${shares.length} share prices for 1917–1918 are in the table.`,
  };
}

/** The three measures of claim 12, with the dates the claim gives (Julian). */
export const CLAIM12_MEASURES = [
  {
    key: "banks",
    pattern: /nationalis\w* the banks|banking .*monopoly/i,
    os: "1917-12-14",
    label: "banks nationalised",
  },
  {
    key: "securities",
    pattern: /transactions in securities|dividend payments/i,
    os: "1917-12-29",
    label: "securities trading banned",
  },
  { key: "debts", pattern: /loans annulled|repudiat|state loans/i, os: null, label: "state debts repudiated" },
] as const;

export function claim12(events: readonly ExchangeEventRow[]): ClaimResult {
  const found = CLAIM12_MEASURES.map((m) => {
    const row = events.find((e) => e.date >= "1917-11-07" && m.pattern.test(e.event));
    const expected = m.os ? toGregorian(m.os) : null;
    // The claim dates the debts only to "January/February 1918".
    const agrees = row
      ? expected
        ? row.date === expected
        : row.date >= "1918-01-14" && row.date <= "1918-03-13"
      : false;
    return { ...m, date: row?.date ?? null, agrees };
  });
  const agreeing = found.filter((f) => f.agrees).length;
  const rule =
    "Supported if our table dates all three measures as the claim does; partly supported if one or two; not supported if none.";
  return {
    id: 12,
    title: "Banks, securities and debts",
    claim:
      "Banks were nationalised on 14 (27) December 1917; the Sovnarkom decree of 29 December 1917 (11 January 1918) banned trading in securities; state debts were repudiated in January–February 1918.",
    verdict: agreeing === 3 ? "supported" : agreeing > 0 ? "partly supported" : "not supported",
    rule,
    figures: { found },
    finding: found
      .map(
        (f) =>
          `${f.label}: ${f.date ? formatDual(f.date) : "not in our table"}${f.date && !f.agrees ? " (differs from the claim)" : ""}`,
      )
      .join("; ")
      .concat("."),
  };
}

export function claim13(money: readonly MoneyRow[], events: readonly ExchangeEventRow[]): ClaimResult {
  const prices = money.filter(
    (m) => /bank-share|share/.test(m.series) && m.date >= "1918-03-01" && m.date <= "1918-06-30",
  );
  const annulment = events.find((e) => /bank shares annulled|share capital/i.test(e.event));
  const rule =
    "No data unless the money table holds prices of bank shares for spring 1918; the annulment of bank shares is reported either way.";
  return {
    id: 13,
    title: "A spring rally in bank shares",
    claim:
      "In spring 1918 bank shares rallied over the counter, as business bet on a German trade deal rather than on the Whites (Pipes).",
    verdict: prices.length === 0 ? "no data" : "partly supported",
    rule,
    figures: { prices: prices.length, annulled: annulment?.date ?? null },
    finding: `No quotation of bank shares for spring 1918 was found${annulment ? `; and by the decree of ${formatDual(annulment.date)} bank shares had been annulled and any dealing in them made punishable, so any spring trading was in legally void paper` : ""}.`,
  };
}

/** The tables the money claims read. */
interface MoneyData {
  derived: readonly DerivedPoint[];
  quotes: readonly QuoteRow[];
  money: readonly MoneyRow[];
  events: readonly ExchangeEventRow[];
}

/**
 * The ruble's monthly value read from the Stockholm quotation in kronor, as
 * published, instead of its dollar cross rate: only ratios matter to claim 10,
 * so the krona figure stands in for the cents; a month without a sound
 * quotation drops out.
 */
const KRONOR: Reading<MoneyData> = {
  id: "kronor",
  label: "if the Stockholm quotation in kronor, as published, is read instead of its dollar cross rate",
  touches: (data) => data.derived.filter((d) => d.series === "usd-cents-via-stockholm").map((d) => d.date),
  apply(data, only) {
    const sek = new Map(
      data.quotes.filter((q) => q.series === "sek-per-100-rub" && q.flag !== "suspect").map((q) => [q.date, q.value]),
    );
    const derived = data.derived.flatMap((d) => {
      if (d.series !== "usd-cents-via-stockholm" || (only && !only.has(d.date))) return [d];
      const value = sek.get(d.date);
      return value === undefined ? [] : [{ ...d, usd_cents: value }];
    });
    return { ...data, derived };
  },
};

/** Every claim the money tables test, each with its robustness. */
export function moneyClaims(
  derived: readonly DerivedPoint[],
  quotes: readonly QuoteRow[],
  money: readonly MoneyRow[],
  events: readonly ExchangeEventRow[],
): ClaimResult[] {
  const data: MoneyData = { derived, quotes, money, events };
  return [
    withRobustness((d) => claim10(d.derived, d.quotes), data, [KRONOR]),
    withRobustness((d) => claim11(d.money), data, []),
    withRobustness((d) => claim12(d.events), data, []),
    withRobustness((d) => claim13(d.money, d.events), data, []),
  ];
}
