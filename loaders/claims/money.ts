/**
 * Claims 10–13 of shared/claims.md, put to the money tables. Figures are
 * computed; each verdict follows from the rule stated beside it.
 */
import { formatDual, toGregorian } from "../../src/calendar.js";
import { coupChanges, type DerivedPoint } from "../../src/money.js";
import { type LondonDerivedRow, MARKET_BASES, type SecurityRow } from "../../src/securities.js";
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

/** Share prices of the Petrograd or Moscow exchange: rows of securities.csv with no coupon (a share, not a bond). */
const russianShares = (securities: readonly SecurityRow[]) =>
  securities.filter(
    (r) =>
      (r.exchange === "petrograd" || r.exchange === "moscow") &&
      r.coupon === null &&
      MARKET_BASES.includes(r.price_basis),
  );

/** The change between the last market prices on or before two days, by series; null where a series lacks one. */
function changeBetween(rows: readonly SecurityRow[], from: string, to: string): number | null {
  const series = [...new Set(rows.map((r) => r.series))];
  const changes = series.flatMap((id) => {
    const own = rows.filter((r) => r.series === id).sort((a, b) => a.date.localeCompare(b.date));
    const a = own.filter((r) => r.date <= from).at(-1);
    const b = own.filter((r) => r.date > from && r.date <= to).at(-1);
    return a && b ? [b.value / a.value - 1] : [];
  });
  return changes.length ? changes.reduce((x, y) => x + y, 0) / changes.length : null;
}

export function claim11(securities: readonly SecurityRow[]): ClaimResult {
  const shares = russianShares(securities);
  const change = changeBetween(shares, "1917-11-07", "1917-12-07");
  const rule =
    "Supported if the Petrograd or Moscow share prices in our table moved (on average) by less than 10% from the last price before the coup to the last in the month after it; not supported if they moved by 10% or more; no data without such prices.";
  return {
    id: 11,
    title: "Shares held steady",
    claim: "Share prices on the Petrograd exchange held steady after the coup; the affluent did not panic (Pipes).",
    verdict: change === null ? "no data" : Math.abs(change) < 0.1 ? "supported" : "not supported",
    rule,
    figures: { sharePrices: shares.length, change },
    finding:
      change === null
        ? `Our securities table holds ${shares.length} share prices from the Petrograd or Moscow exchanges, and none on both sides of the coup. No price series for Petrograd shares in 1917–1918 was found: the Yale index of the St Petersburg exchange ends in February 1917, and the prices of its two months of trading in 1917 could not be reached. Russian bonds abroad are another matter (claim 19).`
        : `Petrograd and Moscow shares moved by ${signed(change)} on average from before the coup to the month after it.`,
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

export function claim13(securities: readonly SecurityRow[], events: readonly ExchangeEventRow[]): ClaimResult {
  const banks = russianShares(securities).filter((r) => /bank/i.test(r.security));
  const change = changeBetween(banks, "1918-03-01", "1918-06-30");
  const annulment = events.find((e) => /bank shares annulled|share capital/i.test(e.event));
  const rule =
    "Supported if the bank shares in our table rose (on average) from their last price before March 1918 to their last by the end of June 1918; not supported if they did not; no data without such prices. The annulment of bank shares is reported either way.";
  return {
    id: 13,
    title: "A spring rally in bank shares",
    claim:
      "In spring 1918 bank shares rallied over the counter, as business bet on a German trade deal rather than on the Whites (Pipes).",
    verdict: change === null ? "no data" : change > 0 ? "supported" : "not supported",
    rule,
    figures: { prices: banks.length, change, annulled: annulment?.date ?? null },
    finding: `${change === null ? "No quotation of Russian bank shares for the spring of 1918 was found" : `Bank shares moved by ${signed(change)} from March to June 1918`}${annulment ? `; by the decree of ${formatDual(annulment.date)} bank shares had been annulled and any dealing in them made punishable, so any spring trading was in legally void paper` : ""}.`,
  };
}

/** The London bond claim 19 reads, and how: against the rentes (the rule) or by its price alone. */
export interface EquanimityData {
  bonds: readonly LondonDerivedRow[];
  /** The bond read: the 5% of 1906 by default. */
  series?: string;
  /** Read against the French rentes (the rule), or the price alone. */
  basis?: "rentes" | "alone";
}

const FLAGSHIP = "rus-5pct-1906-london";

export function claim19({ bonds, series = FLAGSHIP, basis = "rentes" }: EquanimityData): ClaimResult {
  const own = new Map(
    bonds
      .filter((b) => b.series === series)
      .map((b) => [b.date.slice(0, 7), basis === "rentes" ? b.relative_index : b.price_index]),
  );
  const at = (month: string) => own.get(month) ?? null;
  const fall = (from: string, to: string) => {
    const a = at(from);
    const b = at(to);
    return a !== null && b !== null ? b / a - 1 : null;
  };
  const coup = fall("1917-10", "1917-11");
  const annulment = fall("1918-01", "1918-02");
  const march = at("1918-03");
  const summer = ["1918-04", "1918-05", "1918-06", "1918-07", "1918-08", "1918-09"].map(at).filter((v) => v !== null);
  const summerHigh = summer.length ? Math.max(...(summer as number[])) : null;
  const recovery = march !== null && summerHigh !== null ? summerHigh / march - 1 : null;
  const calm = coup !== null && annulment !== null && coup > -0.1 && annulment > -0.1;
  const recovered = recovery !== null && recovery >= 0.05;
  const rule =
    "The 5% loan of 1906 in London, against French rentes there (price relative to January 1914, rentes = 100). Supported if it fell by less than 10% in the month of the coup (October to November 1917) and in the month of the annulment (January to February 1918), and its highest month-end from April to September 1918 stood at least 5% above March 1918's; partly supported if one of the two holds; not supported if neither; no data without the London prices.";
  const verdict =
    coup === null || annulment === null || recovery === null
      ? "no data"
      : calm && recovered
        ? "supported"
        : calm || recovered
          ? "partly supported"
          : "not supported";
  return {
    id: 19,
    title: "A puzzling equanimity, priced in London",
    claim:
      "Russia's business community met the coup with a puzzling equanimity: it expected the Bolsheviks to fall (Pipes). Did the market's price of Russia's debt say the same?",
    verdict,
    rule,
    figures: { series, basis, coup, annulment, march, summerHigh, recovery },
    finding: `${basis === "rentes" ? "Against French rentes" : "By its price alone"}, the ${series === FLAGSHIP ? "5% 1906" : "4½% 1909"} moved ${signed(coup)} from October to November 1917 and ${signed(annulment)} from January to February 1918, the month of the annulment; from March 1918 to its best month-end of April–September it moved ${signed(recovery)}. These are British and foreign holders of Russia's bonds, not Russian business, and after March 1918 a bet on the repudiation being undone: what the prices show is what a market abroad expected, not what Petrograd felt.`,
  };
}

/** The tables the money claims read. */
interface MoneyData {
  derived: readonly DerivedPoint[];
  quotes: readonly QuoteRow[];
  money: readonly MoneyRow[];
  events: readonly ExchangeEventRow[];
  securities: readonly SecurityRow[];
  bonds: readonly LondonDerivedRow[];
}

/** Claim 19 read from the other London loan, the 4½% of 1909. */
const OTHER_BOND: Reading<EquanimityData> = {
  id: "other-bond",
  label: "if the 4½% loan of 1909 is read instead of the 5% of 1906",
  touches: (data) => (data.series === "rus-4half-1909-london" ? [] : ["the 4½% loan of 1909"]),
  apply: (data) => ({ ...data, series: "rus-4half-1909-london" }),
};

/** Claim 19 read from the bond's price alone, not against the rentes. */
const PRICE_ALONE: Reading<EquanimityData> = {
  id: "price-alone",
  label: "if the bond's price is read alone, not against French rentes",
  touches: (data) => (data.basis === "alone" ? [] : ["the price alone"]),
  apply: (data) => ({ ...data, basis: "alone" }),
};

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

/** Every claim the money and securities tables test, each with its robustness. */
export function moneyClaims(data: MoneyData): ClaimResult[] {
  return [
    withRobustness((d) => claim10(d.derived, d.quotes), data, [KRONOR]),
    withRobustness((d) => claim11(d.securities), data, []),
    withRobustness((d) => claim12(d.events), data, []),
    withRobustness((d) => claim13(d.securities, d.events), data, []),
    withRobustness(claim19, { bonds: data.bonds }, [OTHER_BOND, PRICE_ALONE]),
  ];
}
