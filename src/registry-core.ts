/**
 * The registry's lookups over a list of charts: by id, by page, the page
 * state's defaults. `registry.ts` applies them to every chart; a story page's
 * bundle applies them to that page's charts alone (scripts/lib/bundle.ts), so
 * that it carries only the code its charts need.
 */
import { type ChartData, type ChartOptions, type ChartSpec, drawChart, type TableName } from "./chart.js";
import { ADDRESS_KEYS, DEFAULT_CALENDAR } from "./state.js";

/** A registered chart, whatever its own options. */
export type ChartDefinition = ChartSpec<object, TableName>;

export function makeRegistry(charts: readonly ChartDefinition[]) {
  const chartIds: readonly string[] = charts.map((c) => c.id);

  function chartById(id: string): ChartDefinition | undefined {
    return charts.find((c) => c.id === id);
  }

  /** The chart with this id, or an error naming the valid ids. */
  function requireChart(id: string): ChartDefinition {
    const chart = chartById(id);
    if (!chart) throw new Error(`unknown chart "${id}"; valid ids: ${chartIds.join(", ")}`);
    return chart;
  }

  /** Renders a chart by id with its defaults under the given options. */
  function renderChart(id: string, data: ChartData, options: ChartOptions = {}): HTMLElement {
    return drawChart(requireChart(id), data, options);
  }

  /** The charts of a story page (by its path: "/", "/takeovers"), in page order; its claims are cards, not among them. */
  function pageCharts(page: string): ChartDefinition[] {
    return charts.filter((c) => c.page === page && c.claim === undefined);
  }

  /**
   * The page state's defaults: what a permalink leaves out. The calendar is
   * Gregorian unless chosen; the rest comes from the page's charts.
   */
  function stateDefaults(page: string): Record<string, string> {
    const state: Record<string, string> = { calendar: DEFAULT_CALENDAR };
    for (const chart of pageCharts(page))
      for (const key of ADDRESS_KEYS) {
        const value = (chart.defaults as ChartOptions | undefined)?.[key];
        if (typeof value === "string") state[key] = value;
      }
    return state;
  }

  return { charts, chartIds, chartById, requireChart, renderChart, pageCharts, stateDefaults };
}
