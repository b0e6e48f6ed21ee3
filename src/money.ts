/**
 * What the money charts, loader and claims share: the quotation rows, the
 * series derived from them (US cents per ruble, per cent of gold parity), and
 * the changes around the October coup.
 *
 * Derived values are computed here and nowhere else; the data files hold only
 * what sources printed.
 */

export interface RubleRow {
  date: string;
  date_os: string | null;
  period: "day" | "month" | "half-year" | "year";
  series: string;
  market: string;
  value: number;
  unit: string;
  flag: "suspect" | null;
  sources: string;
  note: string | null;
}

export interface GoldRow {
  currency: "RUB" | "USD";
  grams_fine_gold: number;
  sources: string;
}

export interface DerivedPoint {
  date: string;
  period: RubleRow["period"];
  series: string;
  market: string;
  usd_cents: number;
  pct_parity: number;
  /** The gold parity used, US cents per ruble. */
  parity_cents: number;
  derived_from: string;
  sources: string;
}

/** The derived series, how each is computed, and how the charts label them. */
export const DERIVED_SERIES = {
  "usd-cents-via-stockholm": {
    label: "Stockholm cross rate (monthly)",
    market: "Stockholm (kronor per ruble ÷ kronor per dollar)",
    method: "(SEK per 100 RUB ÷ 100) ÷ SEK per USD × 100, same month",
  },
  "usd-cents-clio-infra": {
    label: "Clio Infra yearly average",
    market: "Clio Infra compilation",
    method: "100 ÷ RUB per USD",
  },
  "usd-cents-petrograd-official": {
    label: "Petrograd official rate",
    market: "Petrograd (official)",
    method: "100 × 100 ÷ RUB per 100 USD",
  },
} as const;
export type DerivedSeries = keyof typeof DERIVED_SERIES;

/** US cents per ruble at gold parity, from the two legal gold contents. */
export function parityCents(gold: readonly GoldRow[]): number {
  const rub = gold.find((g) => g.currency === "RUB")?.grams_fine_gold;
  const usd = gold.find((g) => g.currency === "USD")?.grams_fine_gold;
  if (!rub || !usd) throw new Error("gold content of RUB and USD needed for the parity");
  return (100 * rub) / usd;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The derived ruble series: US cents per ruble and per cent of gold parity,
 * from the Stockholm cross rate, Clio Infra's yearly averages and the
 * Petrograd official dollar rate. A value flagged suspect is left out, leaving
 * a gap rather than a wrong point.
 */
export function deriveRuble(rows: readonly RubleRow[], gold: readonly GoldRow[]): DerivedPoint[] {
  const parity = parityCents(gold);
  const usable = rows.filter((r) => r.flag !== "suspect");
  const point = (
    date: string,
    period: RubleRow["period"],
    series: DerivedSeries,
    cents: number,
    from: readonly RubleRow[],
  ): DerivedPoint => ({
    date,
    period,
    series,
    market: DERIVED_SERIES[series].market,
    usd_cents: round(cents),
    pct_parity: round((100 * cents) / parity, 1),
    parity_cents: round(parity),
    derived_from: from.map((r) => `${r.series} ${r.value}`).join("; "),
    sources: [...new Set(from.flatMap((r) => r.sources.split(";")))].join(";"),
  });
  const out: DerivedPoint[] = [];
  const sekPerUsd = new Map(usable.filter((r) => r.series === "sek-per-usd").map((r) => [r.date, r]));
  for (const r of usable.filter((q) => q.series === "sek-per-100-rub")) {
    const usd = sekPerUsd.get(r.date);
    if (usd) out.push(point(r.date, "month", "usd-cents-via-stockholm", (r.value / 100 / usd.value) * 100, [r, usd]));
  }
  for (const r of usable.filter((q) => q.series === "rub-per-usd-annual-clio-infra"))
    out.push(point(r.date, "year", "usd-cents-clio-infra", 100 / r.value, [r]));
  for (const r of usable.filter((q) => q.series === "rub-per-100-usd"))
    out.push(point(r.date, "day", "usd-cents-petrograd-official", 10_000 / r.value, [r]));
  return out.sort((a, b) => a.series.localeCompare(b.series) || a.date.localeCompare(b.date));
}

/** The month the coup falls in, by the Gregorian months of the Stockholm series: 7 November 1917. */
export const COUP_MONTH = "1917-11-01";
/** The last full month before the coup. */
export const BEFORE_COUP = "1917-10-01";

export interface CoupChange {
  label: string;
  from: string;
  to: string;
  /** Fractional change in US cents per ruble, or null when a month is missing. */
  change: number | null;
}

function monthOffset(month: string, offset: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/**
 * Change in the ruble's dollar value over one and three months before and
 * after the coup, from the monthly Stockholm cross rate. October 1917 (the last
 * full month before 25 October / 7 November) is the pivot.
 */
export function coupChanges(derived: readonly DerivedPoint[]): CoupChange[] {
  const monthly = new Map(
    derived.filter((d) => d.series === "usd-cents-via-stockholm").map((d) => [d.date, d.usd_cents]),
  );
  const change = (from: string, to: string): CoupChange["change"] => {
    const a = monthly.get(from);
    const b = monthly.get(to);
    return a === undefined || b === undefined ? null : b / a - 1;
  };
  return [
    { label: "3 months before", from: monthOffset(BEFORE_COUP, -3), to: BEFORE_COUP },
    { label: "1 month before", from: monthOffset(BEFORE_COUP, -1), to: BEFORE_COUP },
    { label: "1 month after", from: BEFORE_COUP, to: monthOffset(BEFORE_COUP, 1) },
    { label: "3 months after", from: BEFORE_COUP, to: monthOffset(BEFORE_COUP, 3) },
  ].map((w) => ({ ...w, change: change(w.from, w.to) }));
}

/** Events marked on the ruble chart: the two revolutions and the nationalisation of the banks. */
export function rubleAnnotations(
  events: readonly { date: string; event: string }[],
  decrees: readonly { date: string; event: string }[],
): { date: string; label: string }[] {
  const find = (rows: readonly { date: string; event: string }[], pattern: RegExp) =>
    rows.find((d) => pattern.test(d.event))?.date;
  return [
    { date: find(events, /^February Revolution/), label: "February Revolution" },
    { date: find(events, /^Bolshevik insurrection/), label: "October coup" },
    { date: find(decrees, /nationalising the banks/i), label: "Banks nationalised" },
  ].filter((a): a is { date: string; label: string } => a.date !== undefined);
}

export interface MoneySeriesRow {
  date: string;
  period: string;
  series: string;
  value: number;
  unit: string;
  sources: string;
}
