/**
 * The schema of a chart's metadata (`/charts/<id>.json`), stated once: the
 * site publishes it at `/charts/chart-metadata.schema.json`
 * (docs/charts/chart-metadata.schema.json.ts), and the tests validate every
 * chart's metadata against it (build/json-schema.ts checks the keywords used).
 */
import type { JsonSchema } from "./json-schema.js";

/** Where the schema is published, beside the metadata it describes. */
export const CHART_METADATA_SCHEMA_PATH = "/charts/chart-metadata.schema.json";

const text = (description: string): JsonSchema => ({ type: "string", description });
const address = (description: string): JsonSchema => ({
  type: "string",
  description: `${description} Relative to this file, or absolute when the site was built with its public address (BTC_SITE_URL).`,
});
const sha256 = (description: string): JsonSchema => ({ type: "string", pattern: "^[0-9a-f]{64}$", description });

const column: JsonSchema = {
  type: "object",
  description: "A column of a table, as the data dictionary (/data/catalog.json) describes it.",
  required: ["name", "type", "description", "required"],
  additionalProperties: false,
  properties: {
    name: text("The column's name in the CSV header and the JSON rows."),
    type: { type: "string", enum: ["string", "integer", "number", "date"], description: "Its values' type." },
    description: text("What the column means."),
    required: { type: "boolean", description: "Whether every row has a value." },
    values: { type: "array", items: { type: "string" }, description: "The values it may take, when they are fixed." },
  },
};

const table: JsonSchema = {
  type: "object",
  description: "A published table the chart draws on.",
  required: ["name", "title", "description", "derived", "csv", "json", "rows", "sha256", "columns"],
  additionalProperties: false,
  properties: {
    name: { type: "string", pattern: "^[a-z][a-z0-9-]*$", description: "The table's name." },
    title: text("The table's title."),
    description: text("What one row is, and what the table holds."),
    derived: { type: "boolean", description: "Computed from other tables (true), or kept by hand (false)." },
    csv: address("The table as CSV."),
    json: address("The table as JSON (an array of rows)."),
    rows: { type: "integer", minimum: 0, description: "Its number of rows." },
    sha256: sha256("SHA-256 of the published CSV, as in /data/catalog.json and /data/datapackage.json."),
    columns: { type: "array", minItems: 1, items: column, description: "Its columns, in order." },
  },
};

const source: JsonSchema = {
  type: "object",
  description: "A source cited by the rows the chart draws on (data/sources.csv).",
  required: ["id", "citation", "url"],
  additionalProperties: false,
  properties: {
    id: text("The source's id, as the rows' `sources` column names it."),
    citation: text("The full citation: author, title, year, publisher."),
    url: { type: ["string", "null"], description: "Its address, where it has one." },
  },
};

const licence: JsonSchema = {
  type: "object",
  required: ["id", "url"],
  additionalProperties: false,
  properties: {
    id: { type: "string", description: "SPDX identifier." },
    url: { type: "string", pattern: "^https://", description: "The licence's text." },
  },
};

/** The chart metadata's JSON Schema. */
export const CHART_METADATA_SCHEMA: JsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "chart-metadata.schema.json",
  title: "Beyond the Capitals: a chart's metadata",
  description:
    "What a chart at /charts/<id>.json says about itself: what it shows, the tables and sources it draws on, the licences, how to cite it, and the release it belongs to.",
  type: "object",
  required: [
    "$schema",
    "id",
    "title",
    "description",
    "summary",
    "page",
    "state",
    "images",
    "data",
    "tables",
    "sources",
    "licence",
    "citation",
    "version",
    "dataHash",
  ],
  additionalProperties: false,
  properties: {
    $schema: address("This schema."),
    id: { type: "string", pattern: "^[a-z][a-z0-9-]*$", description: "The chart's stable id." },
    title: text("The chart's title, as drawn."),
    description: text("Its subtitle at its default state: what it shows."),
    summary: text("Its plain-language summary for screen readers, at its default state."),
    page: address("The page that shows it, at the chart."),
    state: {
      type: "object",
      description:
        "Its default state: the keys a page keeps in its address (date, calendar, colorBy, definition, stackBy, zone, measure) that set what it shows.",
      additionalProperties: false,
      properties: Object.fromEntries(
        ["date", "calendar", "colorBy", "definition", "stackBy", "zone", "measure"].map((key) => [
          key,
          { type: "string" },
        ]),
      ),
    },
    images: {
      type: "object",
      description: "The chart as images at stable addresses, with its title, subtitle and sources drawn in.",
      required: ["svg", "svgDark", "png", "pngDark", "embed"],
      additionalProperties: false,
      properties: {
        svg: address("SVG, light."),
        svgDark: address("SVG, dark."),
        png: address("PNG, light, at twice the pixels."),
        pngDark: address("PNG, dark."),
        embed: address("The chart alone, as a page to embed in an iframe."),
      },
    },
    data: {
      type: "object",
      description:
        "Its data: the table its share bar offers whole; on the page, its Data (CSV) gives the rows it shows in its current state.",
      required: ["table", "shown"],
      additionalProperties: false,
      properties: {
        table: address("The published table offered as the chart's data, as CSV."),
        shown: text("What the chart's Data (CSV) on the page holds."),
      },
    },
    tables: { type: "array", items: table, description: "The published tables it draws on." },
    sources: { type: "array", items: source, description: "Every source the rows of those tables cite." },
    licence: {
      type: "object",
      required: ["data", "code"],
      additionalProperties: false,
      properties: { data: licence, code: licence },
    },
    citation: {
      type: "object",
      required: ["text", "message", "cff"],
      additionalProperties: false,
      properties: {
        text: text("How to cite the chart."),
        message: text("The project's request to those who use it (CITATION.cff)."),
        cff: text("The machine-readable citation's file in the project."),
      },
    },
    version: { type: "string", pattern: "^\\d+\\.\\d+\\.\\d+", description: "The release (package.json)." },
    dataHash: sha256(
      "SHA-256 over its tables' hashes, one line `<name>:<sha256>` each, in the order listed, joined by newlines: the same data give the same hash (the /data page hashes all tables so).",
    ),
  },
};
