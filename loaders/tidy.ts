/**
 * Step 3 of the pipeline: validated rows → the tidy, published table.
 *
 * One small function per table, written as a chain of arquero verbs.
 */

import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import type { Row } from "./schema.js";
import { schemaFor } from "./tables/index.js";

type Tidier = (table: ColumnTable) => ColumnTable;

const tidiers: Record<string, Tidier> = {
  sources: (table) => table.orderby("id"),
  events: (table) => table.orderby("date", "event"),
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
