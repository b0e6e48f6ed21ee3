/**
 * The pipeline end to end: read → parse → validate → tidy.
 *
 * Pure steps live in parse.ts, validate.ts and tidy.ts; this module only adds
 * file reading, so tests can drive the pure steps with strings.
 */
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ColumnTable } from "arquero";
import { derivedTable } from "./derived.js";
import { decodeUtf8, parseCsv } from "./parse.js";
import { dataError, type Problem, sortProblems } from "./problems.js";
import type { Context, Row, TableSchema } from "./schema.js";
import { schemaFor, schemaForFile } from "./tables/index.js";
import { tidy } from "./tidy.js";
import { validate } from "./validate.js";

/** Where the data live; tests point this at fixtures. */
export interface LoadOptions {
  dataDir?: string;
}

// BTC_DATA_DIR points the whole pipeline (and so a build) at another folder, as the tests do.
export const DEFAULT_DATA_DIR = process.env.BTC_DATA_DIR ?? "data";

/** A path as people see it in messages: relative to the working directory. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/** Parses and validates CSV text already in memory. */
export function checkText(text: string, schema: TableSchema, context: Context, file: string) {
  return validate(parseCsv(text, file), schema, context, file);
}

/** Reads, decodes, parses and validates one file. */
export async function checkFile(
  path: string,
  schema: TableSchema,
  context: Context,
): Promise<{ rows: Row[]; cells: Row[]; problems: Problem[] }> {
  const file = displayPath(path);
  const decoded = decodeUtf8(await readFile(path), file);
  if (decoded.text === undefined) return { rows: [], cells: [], problems: decoded.problems };
  return checkText(decoded.text, schema, context, file);
}

/** The source ids of data/sources.csv, with that file's own problems. */
export async function readSources(
  options: LoadOptions = {},
): Promise<{ context: Context; rows: Row[]; problems: Problem[] }> {
  const schema = schemaFor("sources");
  if (!schema) throw new Error("no sources schema");
  const path = join(options.dataDir ?? DEFAULT_DATA_DIR, "sources.csv");
  const { rows, cells, problems } = await checkFile(path, schema, { sourceIds: new Set() });
  // An id stays citable even if another cell of its row is wrong, so one
  // mistake in sources.csv is reported once, not again in every citing table.
  const ids = cells.map((row) => row.id).filter((id): id is string => typeof id === "string");
  return { context: { sourceIds: new Set(ids) }, rows, problems };
}

/**
 * The context a table is checked in: the source ids, and the valid rows of the
 * tables its schema refers to. `complete` when `path` is the table itself.
 */
async function contextFor(schema: TableSchema, sources: Context, dataDir: string, path: string): Promise<Context> {
  const complete = displayPath(path) === displayPath(join(dataDir, `${schema.name}.csv`));
  if (!schema.references?.length) return { ...sources, complete };
  const tables = new Map<string, readonly Row[]>();
  for (const name of schema.references) {
    const referenced = schemaFor(name);
    if (!referenced) throw new Error(`${schema.name} refers to unknown table "${name}"`);
    // Problems of the referenced table are its own file's to report.
    tables.set(
      name,
      (await checkFile(join(dataDir, `${name}.csv`), referenced, sources).catch(() => ({ rows: [] }))).rows,
    );
  }
  return { ...sources, tables, complete };
}

/** Validated rows of one table, or a DataError listing every problem found. */
export async function readRows(name: string, options: LoadOptions = {}): Promise<Row[]> {
  const schema = schemaFor(name);
  if (!schema) throw new Error(`unknown table "${name}"`);
  const sources = await readSources(options);
  if (name === "sources") {
    if (sources.problems.length) throw dataError(sources.problems);
    return sources.rows;
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const path = join(dataDir, `${name}.csv`);
  const { rows, problems } = await checkFile(path, schema, await contextFor(schema, sources.context, dataDir, path));
  // A table whose sources file is broken cannot be trusted either.
  const all = [...sources.problems, ...problems];
  if (all.length) throw dataError(all);
  return rows;
}

/** The tidy (or derived) table, ready to publish. Throws a DataError when the data are invalid. */
export async function loadTable(name: string, options: LoadOptions = {}): Promise<ColumnTable> {
  const derived = derivedTable(name);
  if (derived) {
    const others = Object.fromEntries(
      await Promise.all((derived.also ?? []).map(async (n) => [n, await loadTable(n, options)] as const)),
    );
    return derived.derive(await loadTable(derived.from, options), others);
  }
  return tidy(name, await readRows(name, options));
}

/** The tidy table as plain row objects, typed by the caller (charts, claims). */
export async function readTidy<T>(name: string, options: LoadOptions = {}): Promise<T[]> {
  return (await loadTable(name, options)).objects() as unknown as T[];
}

/**
 * Checks files (each table known from its file name) against data/sources.csv,
 * or every table in data/ when no file is given. Returns every problem.
 */
export async function checkFiles(paths: readonly string[], options: LoadOptions = {}): Promise<Problem[]> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const { schemas } = await import("./tables/index.js");
  const targets = paths.length ? paths : schemas.map((schema) => join(dataDir, `${schema.name}.csv`));
  const sources = await readSources({ dataDir });
  const problems: Problem[] = [];
  for (const path of targets) {
    const schema = schemaForFile(path);
    if (!schema) {
      problems.push({
        file: displayPath(path),
        line: 1,
        column: 1,
        message: `unknown table: the file name must start with one of ${schemas.map((s) => s.name).join(", ")}`,
      });
      continue;
    }
    // The sources file is checked on its own terms; others against its ids.
    try {
      const context =
        schema.name === "sources"
          ? { sourceIds: new Set<string>() }
          : await contextFor(schema, sources.context, dataDir, path);
      problems.push(...(await checkFile(path, schema, context)).problems);
    } catch (error) {
      problems.push({
        file: displayPath(path),
        line: 1,
        column: 1,
        message:
          (error as NodeJS.ErrnoException).code === "ENOENT"
            ? "file not found"
            : `cannot read file: ${(error as Error).message}`,
      });
    }
  }
  if (!paths.length || targets.every((t) => schemaForFile(t)?.name !== "sources")) {
    // Problems in sources.csv invalidate every table that cites it.
    const sourcesFile = displayPath(join(dataDir, "sources.csv"));
    if (!problems.some((p) => p.file === sourcesFile)) problems.push(...sources.problems);
  }
  return sortProblems(problems);
}
