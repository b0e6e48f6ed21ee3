/**
 * Tables computed from other tables, never typed in: published beside the
 * curated ones, with the same description for the data dictionary.
 */

import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import { type ControlRow, controlPeriods, heldCounts, STATUS_LABELS } from "../src/control.js";
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

/** Takeovers rows as the control tables need them. */
type Reached = Parameters<typeof heldCounts>[0][number];

/** What each status of a city means, for the dictionaries. */
const STATUSES = Object.entries(STATUS_LABELS)
  .map(([status, label]) => `${status} (${label.toLowerCase()})`)
  .join(", ");

export const derivedTables: readonly DerivedTable[] = [
  {
    name: "control-periods",
    title: "Who held each city on every day, 7 November 1917 – 31 December 1918 (derived)",
    description: `For every city of takeovers.csv, its holding as contiguous periods covering the whole window, so that every day of every city falls in exactly one: computed from control.csv (the date of each change; a range's or month's first day) and takeovers.csv (cities Soviet power never reached). Statuses: ${STATUSES}.`,
    from: "control",
    also: ["takeovers"],
    columns: [
      { name: "city", type: "string", description: "City, as in takeovers.csv." },
      { name: "status", type: "string", description: "Who held it, or not-yet, never or unknown." },
      { name: "from", type: "date", description: "First day of the period, Gregorian." },
      { name: "to", type: "date", description: "Last day of the period, Gregorian (inclusive)." },
      {
        name: "confidence",
        type: "string",
        description: "Confidence of the change that began the period (blank before any change).",
      },
    ],
    derive: (source, others) =>
      aq.from(
        controlPeriods(
          (others.takeovers?.objects() ?? []) as unknown as Reached[],
          source.objects() as unknown as ControlRow[],
        ),
      ),
  },
  {
    name: "control-daily",
    title: "Provincial capitals under each holder, day by day and by zone, 1917–1918 (derived)",
    description: `For each day from 7 November 1917 to 31 December 1918 and each zone, how many of its guberniya and oblast capitals were in each status (${STATUSES}): computed from control.csv and takeovers.csv as in control-periods; statuses with no capital that day are left out.`,
    from: "control",
    also: ["takeovers"],
    columns: [
      { name: "date", type: "date", description: "Day, Gregorian." },
      { name: "zone", type: "string", description: "Zone, as in takeovers.json." },
      { name: "status", type: "string", description: "Who held them, or not-yet, never or unknown." },
      { name: "capitals", type: "integer", description: "Provincial capitals of the zone in that status that day." },
      { name: "total", type: "integer", description: "All the zone's provincial capitals." },
    ],
    derive: (source, others) =>
      aq.from(
        heldCounts(
          (others.takeovers?.objects() ?? []) as unknown as Reached[],
          source.objects() as unknown as ControlRow[],
        ),
      ),
  },
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
