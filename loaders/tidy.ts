/**
 * Step 3 of the pipeline: validated rows → the tidy, published table.
 *
 * One small function per table, written as a chain of arquero verbs.
 */

import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import { ZONES } from "../src/takeovers.js";
import type { Row } from "./schema.js";
import { schemaFor } from "./tables/index.js";

type Tidier = (table: ColumnTable) => ColumnTable;

/**
 * How far to trust a takeover date: high when two or more independent sources
 * agree to the day; medium for one source, or a range or month a source gives;
 * low for a range inferred from context; none without a date.
 */
export function confidence(precision: string, agreeing: number): "high" | "medium" | "low" | "none" {
  if (precision === "none") return "none";
  if (precision === "day") return agreeing >= 2 ? "high" : "medium";
  return agreeing >= 1 ? "medium" : "low";
}

const tidiers: Record<string, Tidier> = {
  sources: (table) => table.orderby("id"),
  events: (table) => table.orderby("date", "event"),
  provinces: (table) => table.orderby("region", "province"),
  takeovers: (table) =>
    table
      .derive(
        {
          zone: aq.escape((d: { region: string }) => ZONES[d.region] ?? d.region),
          confidence: aq.escape((d: { date_precision: string; agreeing_sources: number }) =>
            confidence(d.date_precision, d.agreeing_sources),
          ),
        },
        { after: "region" },
      )
      .relocate("confidence", { after: "agreeing_sources" })
      .orderby("city"),
  sovereignty: (table) => table.orderby("claimed", "id"),
  ruble: (table) => table.orderby("series", "date"),
  money: (table) => table.orderby("series", "date"),
  "exchange-events": (table) => table.orderby("date", "event"),
  securities: (table) => table.orderby("series", "date"),
  "exchange-status": (table) => table.orderby("exchange", "date"),
};

/** Builds the published table for `name` from validated rows, columns in schema order. */
export function tidy(name: string, rows: readonly Row[]): ColumnTable {
  const schema = schemaFor(name);
  if (!schema) throw new Error(`unknown table "${name}"`);
  const names = schema.columns.map((column) => column.name);
  // aq.from infers columns from the first row; build them explicitly so an
  // all-blank column still exists and keeps its place.
  const columns = Object.fromEntries(names.map((n) => [n, rows.map((row) => row[n] ?? null)]));
  const table = aq.table(columns);
  return (tidiers[name] ?? ((t: ColumnTable) => t))(table);
}
