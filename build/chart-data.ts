/**
 * A chart's tables in Node, as the pipeline publishes them: what the build's
 * drawings, the images at stable addresses and the export command draw with.
 */
import { allClaims } from "../loaders/claims/all.js";
import { empireGeography } from "../loaders/geography.js";
import { type LoadOptions, readTidy } from "../loaders/load.js";
import type { ChartData, TableName } from "../src/registry.js";

export interface ChartDataOptions extends LoadOptions {
  /**
   * The base map's detail: 1:110m as the pages load it (docs/data/geography.json),
   * for drawings that the live chart replaces; 1:50m for images.
   */
  resolution?: "110m" | "50m";
}

/** Loads tables by name, each once however many charts ask for it. */
export function tableLoader(options: ChartDataOptions = {}): (tables: readonly TableName[]) => Promise<ChartData> {
  const cache = new Map<TableName, Promise<unknown>>();
  const load = (name: TableName) => {
    let table = cache.get(name);
    if (!table) {
      table =
        name === "geography"
          ? empireGeography({ resolution: options.resolution ?? "50m" })
          : name === "claims"
            ? allClaims(options)
            : readTidy(name, options);
      cache.set(name, table);
    }
    return table;
  };
  return async (tables) =>
    Object.fromEntries(await Promise.all(tables.map(async (n) => [n, await load(n)]))) as ChartData;
}

/** The tables a chart needs. */
export function chartData(tables: readonly TableName[], options: ChartDataOptions = {}): Promise<ChartData> {
  return tableLoader(options)(tables);
}
