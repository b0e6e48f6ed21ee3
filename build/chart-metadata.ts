/**
 * A chart's metadata at a stable address, `/charts/<id>.json`, beside its
 * images: its title and what it shows (as drawn at its default state), the
 * published tables it draws on with their columns (the data dictionary) and
 * hashes, the full citation of every source their rows cite, the licences,
 * how to cite it, and the release. Written by the parameterised loader
 * docs/charts/[name].json.ts; its schema is build/chart-metadata-schema.ts.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { JSDOM } from "jsdom";
import { type CatalogTable, catalog } from "../loaders/catalog.js";
import { type LoadOptions, readTidy } from "../loaders/load.js";
import { drawChart } from "../src/chart.js";
import { chartIds, requireChart } from "../src/registry.js";
import { citedIds, fullCitation, type SourceRow } from "../src/sources.js";
import { ADDRESS_KEYS, DEFAULT_CALENDAR } from "../src/state.js";
import { chartData } from "./chart-data.js";
import { CHART_METADATA_SCHEMA, CHART_METADATA_SCHEMA_PATH } from "./chart-metadata-schema.js";

/** A chart's metadata, as the schema describes it. */
export interface ChartMetadata {
  $schema: string;
  id: string;
  title: string;
  description: string;
  summary: string;
  page: string;
  state: Record<string, string>;
  images: { svg: string; svgDark: string; png: string; pngDark: string; embed: string };
  data: { table: string; shown: string };
  tables: (Pick<CatalogTable, "name" | "title" | "description" | "derived" | "rows" | "sha256" | "columns"> & {
    csv: string;
    json: string;
  })[];
  sources: { id: string; citation: string; url: string | null }[];
  licence: { data: { id: string; url: string }; code: { id: string; url: string } };
  citation: { text: string; message: string; cff: string };
  version: string;
  dataHash: string;
}

/** Every metadata path the site publishes: one per chart, and the schema. */
export function chartMetadataPaths(): string[] {
  return [...chartIds.map((id) => `/charts/${id}.json`), CHART_METADATA_SCHEMA_PATH];
}

/** The licences, as data/LICENSE.md and LICENSE state them. */
const LICENCES = {
  data: { id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  code: { id: "MIT", url: "https://opensource.org/license/mit" },
};

/** The release (package.json) and the project's citation (CITATION.cff), read from the files that state them. */
async function project(): Promise<{ version: string; title: string; year: string; message: string }> {
  const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  const cff = await readFile(new URL("../CITATION.cff", import.meta.url), "utf8");
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s*"?(.*?)"?\\s*$`, "m").exec(cff);
    if (!match?.[1]) throw new Error(`CITATION.cff has no ${name}`);
    return match[1];
  };
  return {
    version: pkg.version,
    title: field("title"),
    year: field("date-released").slice(0, 4),
    message: field("message"),
  };
}

/** SHA-256 over tables' hashes, one `<name>:<sha256>` line each: the /data page's release hash, for these tables. */
export function tablesHash(tables: readonly { name: string; sha256: string }[]): string {
  return createHash("sha256")
    .update(tables.map((t) => `${t.name}:${t.sha256}`).join("\n"))
    .digest("hex");
}

export interface ChartMetadataOptions extends LoadOptions {
  /** The site's public root, to give absolute addresses (default: BTC_SITE_URL; without it, addresses relative to the file). */
  siteUrl?: string;
}

/** A chart's metadata, from its spec, its drawing at its default state and the published tables. */
export async function chartMetadata(id: string, options: ChartMetadataOptions = {}): Promise<ChartMetadata> {
  const { siteUrl = process.env.BTC_SITE_URL ?? "", ...load } = options;
  const spec = requireChart(id);
  // An address on the site from /charts/<id>.json.
  const at = (path: string) =>
    siteUrl ? new URL(path.slice(1), siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).href : `..${path}`;
  const wanted = [...new Set([...(spec.drawsOn ?? []), ...spec.tables, spec.dataTable])];
  const tables = await catalog(load, wanted);
  const published = new Set(tables.map((t) => t.name));

  // Drawn as a reader first sees it: the title and subtitle computed from the data (a claim's, a map's).
  const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;
  const figure = drawChart(spec, await chartData(spec.tables, { ...load, resolution: "110m" }), {
    document,
    theme: "light",
  });
  const field = (selector: string) => figure.querySelector(selector)?.textContent?.trim() ?? "";

  const sources = await readTidy<SourceRow & { url: string | null }>("sources", load);
  const ids = new Set<string>();
  for (const table of tables)
    if (table.name !== "sources") for (const cited of citedIds(await readTidy(table.name, load))) ids.add(cited);
  const { version, title, year, message } = await project();
  const state: Record<string, string> = { calendar: DEFAULT_CALENDAR };
  for (const key of ADDRESS_KEYS) {
    const value = (spec.defaults as Record<string, unknown> | undefined)?.[key];
    if (typeof value === "string") state[key] = value;
  }
  const page = at(`${spec.page}${spec.claim === undefined ? `#${id}` : ""}`);
  const chartTitle = field(".btc-title") || spec.title;
  const summary = figure.querySelector(":scope > svg")?.getAttribute("aria-description") ?? "";
  const dataTable = published.has(spec.dataTable) ? `/data/${spec.dataTable}.csv` : `/data/${spec.dataTable}.json`;
  return {
    $schema: siteUrl ? at(CHART_METADATA_SCHEMA_PATH) : String(CHART_METADATA_SCHEMA.$id),
    id,
    title: chartTitle,
    // A claim's card has no subtitle: its description is the claim and the finding, as a screen reader hears them.
    description: field(".btc-subtitle") || spec.subtitle || summary || chartTitle,
    summary,
    page,
    state,
    images: {
      svg: at(`/charts/${id}.svg`),
      svgDark: at(`/charts/${id}-dark.svg`),
      png: at(`/charts/${id}.png`),
      pngDark: at(`/charts/${id}-dark.png`),
      embed: at(`/embed/${id}`),
    },
    data: {
      table: at(dataTable),
      shown:
        spec.claim === undefined
          ? "On the page, the chart's Data (CSV) gives the rows it shows in its current state (its date, calendar and switches), made in the browser; in the Julian calendar each date has its Julian reading beside it (`<column>_julian`)."
          : "A claim is shown on its page as a card, without a share bar: its claim, verdict, figures and rule are its row of the table above.",
    },
    tables: tables.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      derived: t.derived,
      csv: at(`/data/${t.name}.csv`),
      json: at(`/data/${t.name}.json`),
      rows: t.rows,
      sha256: t.sha256,
      columns: t.columns,
    })),
    sources: sources
      .filter((s) => ids.has(s.id))
      .map((s) => ({ id: s.id, citation: fullCitation(s), url: s.url ?? null })),
    licence: LICENCES,
    citation: {
      text: `${title} (${year}), chart “${chartTitle}” (${id}), version ${version}, ${siteUrl ? page : `the site's page ${spec.page}`}, with the date you read it; and the sources of the rows you use (listed under "sources").`,
      message,
      cff: "CITATION.cff",
    },
    version,
    dataHash: tablesHash(tables),
  };
}

/** Writes the metadata a parameterised loader was asked for (`--name=<id>`) to standard output. */
export async function writeChartMetadata(): Promise<void> {
  const { name = "" } = parseArgs({ options: { name: { type: "string" } }, strict: false }).values as { name?: string };
  process.stdout.write(`${JSON.stringify(await chartMetadata(name), null, 1)}\n`);
}
