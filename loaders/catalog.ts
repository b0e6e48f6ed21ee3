/**
 * What the site publishes, described from the loader schemas: the data
 * dictionary of the /data page and the Frictionless Data Package
 * (datapackage.json). Generated, never written by hand, so they cannot drift
 * from the tables.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { citedIds } from "../src/sources.js";
import { derivedTables } from "./derived.js";
import { type LoadOptions, loadTable } from "./load.js";
import { formatCsv } from "./output.js";
import { schemas } from "./tables/index.js";

export interface CatalogColumn {
  name: string;
  type: "string" | "integer" | "number" | "date";
  description: string;
  required: boolean;
  values?: readonly string[];
}

export interface CatalogTable {
  name: string;
  title: string;
  description: string;
  derived: boolean;
  /** For a derived table, what it is computed from. */
  from: readonly string[];
  columns: CatalogColumn[];
  primaryKey: readonly string[];
  rows: number;
  /** Distinct source ids the rows cite. */
  sources: number;
  bytes: number;
  /** SHA-256 of the published CSV. */
  sha256: string;
}

/** Every published table with its dictionary, size and content hash (or only those named, in the catalog's order). */
export async function catalog(options: LoadOptions = {}, names?: readonly string[]): Promise<CatalogTable[]> {
  const curated = schemas.map((s) => ({
    name: s.name,
    title: s.title,
    description: s.description,
    derived: false,
    from: [] as readonly string[],
    primaryKey: s.key,
    columns: s.columns.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description,
      required: c.required,
      ...(c.values ? { values: c.values } : {}),
    })),
  }));
  const computed = derivedTables.map((d) => ({
    name: d.name,
    title: d.title,
    description: d.description,
    derived: true,
    from: [d.from, ...(d.also ?? [])],
    primaryKey: [] as readonly string[],
    columns: d.columns.map((c) => ({ ...c, required: false })),
  }));
  return Promise.all(
    [...curated, ...computed]
      .filter((entry) => !names || names.includes(entry.name))
      .map(async (entry) => {
        const table = await loadTable(entry.name, options);
        const csv = formatCsv(table);
        const cited = table.columnNames().includes("sources") ? citedIds(table.objects()) : [];
        // Tidy tables may add columns (zone, confidence): describe what is published.
        const extra = table.columnNames().filter((n) => !entry.columns.some((c) => c.name === n));
        const columns: CatalogColumn[] = [
          ...entry.columns.filter((c) => table.columnNames().includes(c.name)),
          ...extra.map((name) => ({
            name,
            type: "string" as const,
            description: DERIVED_COLUMNS[name] ?? "Derived by the loader.",
            required: false,
          })),
        ].sort((a, b) => table.columnNames().indexOf(a.name) - table.columnNames().indexOf(b.name));
        return {
          ...entry,
          columns,
          rows: table.numRows(),
          sources: cited.length,
          bytes: Buffer.byteLength(csv),
          sha256: createHash("sha256").update(csv).digest("hex"),
        };
      }),
  );
}

/** Descriptions of columns the tidy step adds to a curated table. */
const DERIVED_COLUMNS: Record<string, string> = {
  zone: "One of seven zones grouping the regions (derived from region), used for the spread curve.",
  confidence:
    "high: two or more sources agree to the day; medium: one source, or a range or month a source gives; low: a range inferred from context; none: no date (derived).",
};

/** The project's version (package.json): the data package's, the analysis module's and the citation's. */
const PACKAGE_VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

/** A Frictionless Tabular Data Package describing every published CSV. */
export async function datapackage(options: LoadOptions = {}) {
  const tables = await catalog(options);
  return {
    profile: "tabular-data-package",
    name: "beyond-the-capitals",
    title: "Beyond the Capitals: the spread of Soviet power, 1917–1918",
    description:
      "Sourced tables on how Soviet power spread beyond Petrograd and Moscow after October 1917, the self-proclaimed governments of 1918, and the ruble and the Petrograd exchange. Every row cites its sources in sources.csv.",
    version: PACKAGE_VERSION,
    licenses: [
      {
        name: "CC-BY-4.0",
        title: "Creative Commons Attribution 4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
      },
    ],
    resources: tables.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      profile: "tabular-data-resource",
      title: t.title,
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: t.bytes,
      hash: `sha256:${t.sha256}`,
      schema: {
        fields: t.columns.map((c) => ({
          name: c.name,
          type: c.type,
          ...(c.type === "date" ? { format: "default" } : {}),
          description: c.description,
          ...(c.required || c.values
            ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.values ? { enum: c.values } : {}) } }
            : {}),
        })),
        missingValues: [""],
        ...(t.primaryKey.length ? { primaryKey: t.primaryKey } : {}),
      },
    })),
  };
}
