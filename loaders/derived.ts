/**
 * Tables computed from other tables, never typed in: published beside the
 * curated ones, with the same description for the data dictionary.
 */

import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import { DERIVED_SERIES, deriveRuble, type GoldRow, type RubleRow } from "../src/money.js";
import { BASE_DATE, BENCHMARK_SERIES, deriveLondonBonds, type SecurityRow } from "../src/securities.js";
import { dailyCounts, type EntityRow, SOVEREIGNTY_WINDOW } from "../src/sovereignty.js";

export interface DerivedTable {
  name: string;
  title: string;
  description: string;
  /** The curated table it is computed from. */
  from: string;
  /** Other tables it needs. */
  also?: readonly string[];
  columns: { name: string; type: "string" | "integer" | "number" | "date"; description: string }[];
  derive(source: ColumnTable, others: Record<string, ColumnTable>): ColumnTable;
}

export const derivedTables: readonly DerivedTable[] = [
  {
    name: "sovereignty-daily",
    title: "Self-proclaimed governments alive each day, 1917–1918",
    description:
      "For each day from 7 November 1917 to 31 December 1918, how many entities of each kind and alignment existed (claimed on or before that day and not yet ended; phases not counted apart from their parent). Derived from sovereignty.csv.",
    from: "sovereignty",
    columns: [
      { name: "date", type: "date", description: "Day, Gregorian." },
      { name: "kind", type: "string", description: "Kind of entity, as in sovereignty.csv." },
      { name: "alignment", type: "string", description: "Alignment, as in sovereignty.csv." },
      { name: "count", type: "integer", description: "Number of entities of that kind and alignment alive that day." },
    ],
    derive: (source) =>
      aq.from(dailyCounts(source.objects() as unknown as EntityRow[], SOVEREIGNTY_WINDOW.from, SOVEREIGNTY_WINDOW.to)),
  },
  {
    name: "ruble-derived",
    title: "The ruble in US cents and per cent of gold parity (derived), 1913–1918",
    description: `Computed by the loader from ruble.csv and gold-content.csv, never typed in. Series: ${Object.entries(
      DERIVED_SERIES,
    )
      .map(([id, s]) => `${id} = ${s.method}`)
      .join(
        "; ",
      )}. Gold parity = 100 × grams of gold in a ruble ÷ grams in a dollar. Quotations flagged suspect are left out.`,
    from: "ruble",
    also: ["gold-content"],
    columns: [
      { name: "date", type: "date", description: "Gregorian date; for a month or year, its first day." },
      { name: "period", type: "string", description: "day, month or year." },
      { name: "series", type: "string", description: "Derived series id." },
      { name: "market", type: "string", description: "Market of the underlying quotations." },
      { name: "usd_cents", type: "number", description: "US cents per ruble (2 decimals)." },
      { name: "pct_parity", type: "number", description: "Per cent of the gold parity (1 decimal)." },
      {
        name: "parity_cents",
        type: "number",
        description: "The gold parity used: US cents per ruble, from gold-content.csv.",
      },
      { name: "derived_from", type: "string", description: "The quotations used: series and value." },
      { name: "sources", type: "string", description: "Sources of those quotations." },
    ],
    derive: (source, others) =>
      aq.from(
        deriveRuble(
          source.objects() as unknown as RubleRow[],
          (others["gold-content"]?.objects() ?? []) as unknown as GoldRow[],
        ),
      ),
  },
  {
    name: "securities-derived",
    title: "Russian bonds in London against January 1914 and the French rentes (derived), 1913–1919",
    description: `Computed by the loader from securities.csv, never typed in. For each Russian bond quoted in London and each month-end with a price: the price as % of its ${BASE_DATE} level; the benchmark (${BENCHMARK_SERIES}, French 3% rentes quoted in London) on the same date and as % of its own ${BASE_DATE} level; relative_index = 100 × the bond's index ÷ the benchmark's index; current yield = coupon ÷ price × 100 for each; spread = bond yield − benchmark yield. A month without a price (London closed August–December 1914) is absent, and a month without a benchmark price leaves the comparisons blank: nothing is interpolated.`,
    from: "securities",
    columns: [
      { name: "series", type: "string", description: "Series id of the bond, as in securities.csv." },
      { name: "security", type: "string", description: "The bond." },
      { name: "date", type: "date", description: "Month-end, Gregorian." },
      { name: "price", type: "number", description: "Observed month-end price, % of par." },
      { name: "price_index", type: "number", description: `Price as % of the bond's ${BASE_DATE} price (2 decimals).` },
      { name: "benchmark_price", type: "number", description: "French 3% rentes in London, same date, % of par." },
      {
        name: "benchmark_index",
        type: "number",
        description: `Benchmark price as % of its ${BASE_DATE} price (2 decimals).`,
      },
      {
        name: "relative_index",
        type: "number",
        description:
          "100 × price_index ÷ benchmark_index (2 decimals): below 100, the bond fell further than the rentes.",
      },
      { name: "coupon", type: "number", description: "Annual coupon, % of par." },
      { name: "current_yield", type: "number", description: "coupon ÷ price × 100, per cent (3 decimals)." },
      {
        name: "benchmark_yield",
        type: "number",
        description: "The benchmark's coupon ÷ its price × 100, per cent (3 decimals).",
      },
      {
        name: "spread",
        type: "number",
        description: "current_yield − benchmark_yield, percentage points (3 decimals).",
      },
      { name: "sources", type: "string", description: "Sources of the prices used." },
    ],
    derive: (source) => aq.from(deriveLondonBonds(source.objects() as unknown as SecurityRow[])),
  },
];

export function derivedTable(name: string): DerivedTable | undefined {
  return derivedTables.find((t) => t.name === name);
}
