/**
 * Every chart by its stable id. Each chart is defined once, in its spec
 * (src/charts/*.ts): id, title, subtitle, page, tables, data table, default
 * state, height rule and controls. Pages, embeds, build-time drawings and
 * images, the export command and the tests all go through here.
 */
import { type ChartData, type ChartOptions, type ChartSpec, drawChart, type TableName } from "./chart.js";
import { eventsSpec } from "./charts/events-timeline.js";
import { exchangeEventsSpec } from "./charts/exchange-timeline.js";
import { moneyPricesSpec } from "./charts/money-prices.js";
import { rubleSpec } from "./charts/ruble.js";
import { rubleCoupSpec } from "./charts/ruble-coup.js";
import { sovereigntyCountSpec } from "./charts/sovereignty-count.js";
import { sovereigntyLifespansSpec } from "./charts/sovereignty-lifespans.js";
import { sovereigntyMapSpec } from "./charts/sovereignty-map.js";
import { takeoverHeldSpec } from "./charts/takeover-held.js";
import { takeoverMapSpec } from "./charts/takeover-map.js";
import { takeoverSpreadSpec } from "./charts/takeover-spread.js";
import { takeoverTimelineSpec } from "./charts/takeover-timeline.js";
import { ADDRESS_KEYS, DEFAULT_CALENDAR } from "./state.js";

/** A registered chart, whatever its own options. */
export type ChartDefinition = ChartSpec<object, TableName>;

/** Every chart, in the order the site's pages show them. */
export const charts: readonly ChartDefinition[] = [
  eventsSpec,
  takeoverMapSpec,
  takeoverSpreadSpec,
  takeoverHeldSpec,
  takeoverTimelineSpec,
  sovereigntyCountSpec,
  sovereigntyMapSpec,
  sovereigntyLifespansSpec,
  rubleSpec,
  rubleCoupSpec,
  moneyPricesSpec,
  exchangeEventsSpec,
];

export const chartIds: readonly string[] = charts.map((c) => c.id);

export function chartById(id: string): ChartDefinition | undefined {
  return charts.find((c) => c.id === id);
}

/** The chart with this id, or an error naming the valid ids. */
export function requireChart(id: string): ChartDefinition {
  const chart = chartById(id);
  if (!chart) throw new Error(`unknown chart "${id}"; valid ids: ${chartIds.join(", ")}`);
  return chart;
}

/** Renders a chart by id with its defaults under the given options. */
export function renderChart(id: string, data: ChartData, options: ChartOptions = {}): HTMLElement {
  return drawChart(requireChart(id), data, options);
}

/** The charts of a story page (by its path: "/", "/takeovers"), in page order. */
export function pageCharts(page: string): ChartDefinition[] {
  return charts.filter((c) => c.page === page);
}

/**
 * The page state's defaults: what a permalink leaves out. The calendar is
 * Gregorian unless chosen; the rest comes from the page's charts.
 */
export function stateDefaults(page: string): Record<string, string> {
  const state: Record<string, string> = { calendar: DEFAULT_CALENDAR };
  for (const chart of pageCharts(page))
    for (const key of ADDRESS_KEYS) {
      const value = (chart.defaults as ChartOptions | undefined)?.[key];
      if (typeof value === "string") state[key] = value;
    }
  return state;
}

export type { ChartData, ChartOptions, TableName };
