/**
 * Tables computed from other tables, never typed in: published beside the
 * curated ones, with the same description for the data dictionary.
 */

import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import { dailyCounts, type EntityRow, SOVEREIGNTY_WINDOW } from "../src/sovereignty.js";

export interface DerivedTable {
  name: string;
  title: string;
  description: string;
  /** The curated table it is computed from. */
  from: string;
  columns: { name: string; type: "string" | "integer" | "number" | "date"; description: string }[];
  derive(source: ColumnTable): ColumnTable;
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
];

export function derivedTable(name: string): DerivedTable | undefined {
  return derivedTables.find((t) => t.name === name);
}
