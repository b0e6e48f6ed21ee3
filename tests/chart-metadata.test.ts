/**
 * Each chart's metadata (/charts/<id>.json) against its published schema, and
 * the small validator that checks it: which must reject what breaks the schema.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { type ChartMetadata, chartMetadata, chartMetadataPaths, tablesHash } from "../build/chart-metadata.js";
import { CHART_METADATA_SCHEMA, CHART_METADATA_SCHEMA_PATH } from "../build/chart-metadata-schema.js";
import { type JsonSchema, validateJson } from "../build/json-schema.js";
import { catalog } from "../loaders/catalog.js";
import { chartIds, requireChart } from "../src/registry.js";

const run = promisify(execFile);

describe("the JSON Schema validator", () => {
  const schema: JsonSchema = {
    type: "object",
    required: ["id", "count", "tags"],
    additionalProperties: false,
    properties: {
      id: { type: "string", pattern: "^[a-z]+$" },
      count: { type: "integer", minimum: 0 },
      kind: { type: "string", enum: ["a", "b"] },
      note: { type: ["string", "null"] },
      tags: { type: "array", minItems: 1, items: { type: "string" } },
    },
  };

  it("accepts a document that conforms", () => {
    expect(validateJson(schema, { id: "map", count: 3, kind: "a", note: null, tags: ["x"] })).toEqual([]);
  });

  it("rejects a missing required field, a wrong type, an unknown field, a value off its list or its pattern", () => {
    expect(validateJson(schema, { id: "map", tags: ["x"] })).toEqual(['/: "count" is required']);
    expect(validateJson(schema, { id: "map", count: "3", tags: ["x"] })).toEqual([
      "/count: expected integer, found string",
    ]);
    expect(validateJson(schema, { id: "map", count: 1.5, tags: [2] })).toEqual([
      "/count: expected integer, found number",
      "/tags/0: expected string, found integer",
    ]);
    expect(validateJson(schema, { id: "Map!", count: -1, kind: "c", tags: [], extra: true })).toEqual([
      '/id: "Map!" does not match ^[a-z]+$',
      "/count: -1 is less than 0",
      '/kind: "c" is not one of "a", "b"',
      "/tags: 0 items, fewer than 1",
      '/: "extra" is not allowed',
    ]);
    expect(validateJson(schema, [])).toEqual(["/: expected object, found array"]);
  });

  it("refuses a schema keyword it does not check, rather than pass what it cannot judge", () => {
    expect(validateJson({ type: "string", format: "uri" } as JsonSchema, "x")).toEqual([
      '/: the schema uses "format", which this validator does not check',
    ]);
  });
});

describe("each chart's metadata", () => {
  // Computed once, when a test first asks (not when a filter skips them all).
  let computed: Promise<ChartMetadata[]> | undefined;
  const everyChart = () => {
    computed ??= Promise.all(chartIds.map((id) => chartMetadata(id, { siteUrl: "" })));
    return computed;
  };

  it("is published beside its images, with the schema", () => {
    const paths = chartMetadataPaths();
    for (const id of chartIds) expect(paths).toContain(`/charts/${id}.json`);
    expect(paths).toContain(CHART_METADATA_SCHEMA_PATH);
  });

  it("conforms to the schema, every chart", async () => {
    for (const metadata of await everyChart())
      expect(validateJson(CHART_METADATA_SCHEMA, metadata), metadata.id).toEqual([]);
  }, 300_000);

  it("fails the schema once broken: a required field gone, a field of the wrong type", async () => {
    const [first] = (await everyChart()) as [ChartMetadata];
    const { sources: _gone, ...missing } = first;
    expect(validateJson(CHART_METADATA_SCHEMA, missing)).toEqual(['/: "sources" is required']);
    expect(validateJson(CHART_METADATA_SCHEMA, { ...first, version: 1 })).toEqual([
      "/version: expected string, found integer",
    ]);
    expect(validateJson(CHART_METADATA_SCHEMA, { ...first, tables: [{ ...first.tables[0], sha256: "abc" }] })).toEqual([
      '/tables/0/sha256: "abc" does not match ^[0-9a-f]{64}$',
    ]);
  }, 300_000);

  it("names its tables with their columns and hashes, the sources they cite, the licences and the release", async () => {
    const pkg = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
    const published = await catalog();
    for (const metadata of await everyChart()) {
      const spec = requireChart(metadata.id);
      const names = metadata.tables.map((t) => t.name);
      for (const name of spec.drawsOn ?? spec.tables.filter((t) => published.some((p) => p.name === t)))
        expect(names, metadata.id).toContain(name);
      for (const table of metadata.tables)
        expect(table.sha256, `${metadata.id}: ${table.name}`).toBe(
          published.find((p) => p.name === table.name)?.sha256,
        );
      expect(metadata.dataHash).toBe(tablesHash(metadata.tables));
      expect(metadata.sources.length, metadata.id).toBeGreaterThan(0);
      expect(metadata.version).toBe(pkg.version);
      expect(metadata.licence.data.id).toBe("CC-BY-4.0");
      expect(metadata.citation.text).toContain(metadata.title);
      expect(metadata.description.length, metadata.id).toBeGreaterThan(10);
    }
    const map = (await everyChart()).find((m) => m.id === "takeover-map") as ChartMetadata;
    expect(map.tables.find((t) => t.name === "takeovers")?.columns.map((c) => c.name)).toContain("date_os");
    expect(map.data.table).toBe("../data/takeovers.csv");
    expect(map.state.date).toBe(requireChart("takeover-map").defaults?.date);
  }, 300_000);

  it("is what the loaders write: the schema itself, and a chart's metadata", async () => {
    const { stdout: schema } = await run("node_modules/.bin/tsx", ["docs/charts/chart-metadata.schema.json.ts"]);
    expect(JSON.parse(schema)).toEqual(CHART_METADATA_SCHEMA);
    const { stdout } = await run("node_modules/.bin/tsx", ["docs/charts/[name].json.ts", "--name=ruble-coup"], {
      env: { ...process.env, BTC_SITE_URL: "https://example.org/btc" },
    });
    const metadata = JSON.parse(stdout) as ChartMetadata;
    expect(validateJson(CHART_METADATA_SCHEMA, metadata)).toEqual([]);
    expect(metadata.page).toBe("https://example.org/btc/money#ruble-coup");
    expect(metadata.$schema).toBe("https://example.org/btc/charts/chart-metadata.schema.json");
  }, 120_000);
});
