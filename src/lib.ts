/**
 * The package as an analysis module (published at /lib/beyond-the-capitals.js,
 * docs/lib/[name].js): everything src/index.ts exports, and Observable Plot
 * itself, the same copy the charts draw with, so that an analysis copied from
 * the site into a notebook or a page of its own needs nothing else.
 */
import { fetchChartData } from "./embed.js";
import { dataFolder, type LoadTable, tableLoader } from "./load-table.js";
import { type ChartData, renderChart } from "./registry.js";

export * as Plot from "@observablehq/plot";
export * from "./index.js";

/** The loaders bound to one site, and `render`: what the analysis module adds to the package. */
export interface SiteTools {
  /** Fetches a published table's rows, `await loadTable("takeovers")`, from the site, or from `{base}`. */
  loadTable: LoadTable;
  /** Fetches the tables a registered chart draws on: `render(id, await loadChartData(id), options)`. */
  loadChartData(id: string, options?: { base?: string | URL }): Promise<ChartData>;
  /** Draws a registered chart: `render("takeover-map", data, {date: "1918-09-01", width: 640})`. */
  render: typeof renderChart;
}

/** The analysis module's loaders for the site whose `/data/` folder is `data`. */
export function forSite(data: URL): SiteTools {
  return {
    loadTable: tableLoader(data),
    loadChartData: (id, { base } = {}) => fetchChartData(id, base ? dataFolder(base) : data),
    render: renderChart,
  };
}
