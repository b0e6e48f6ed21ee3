/**
 * Every chart by its stable id: the function that draws it, the tables it
 * needs, the table a reader downloads as "the chart's data", and its default
 * options. Pages, embeds, build-time images, the export command and the tests
 * all go through here, so a chart is defined once.
 */
import type { Calendar } from "./calendar.js";
import { type Geography, MAP_HEIGHT } from "./charts/dated-map.js";
import { type EventRow, eventsTimeline } from "./charts/events-timeline.js";
import { exchangeTimeline } from "./charts/exchange-timeline.js";
import { MONEY_PRICES_HEIGHT, type MoneySeriesRow, moneyPrices } from "./charts/money-prices.js";
import { RUBLE_HEIGHT, rubleChart } from "./charts/ruble.js";
import { rubleCoup } from "./charts/ruble-coup.js";
import { COUNT_HEIGHT, sovereigntyCount } from "./charts/sovereignty-count.js";
import { sovereigntyLifespans } from "./charts/sovereignty-lifespans.js";
import { sovereigntyMap } from "./charts/sovereignty-map.js";
import { takeoverMap } from "./charts/takeover-map.js";
import { SPREAD_HEIGHT, takeoverSpread } from "./charts/takeover-spread.js";
import { takeoverTimeline } from "./charts/takeover-timeline.js";
import type { HeightRule } from "./height.js";
import { type DerivedPoint, type RubleRow, rubleAnnotations } from "./money.js";
import type { SourceRow } from "./sources.js";
import type { Definition, EntityRow } from "./sovereignty.js";
import type { TakeoverRow } from "./takeovers.js";
import type { ThemeName } from "./theme.js";

/** The tables a chart can ask for, by their published names. */
export interface ChartData {
  sources?: readonly SourceRow[];
  events?: readonly EventRow[];
  takeovers?: readonly TakeoverRow[];
  sovereignty?: readonly EntityRow[];
  ruble?: readonly RubleRow[];
  "ruble-derived"?: readonly DerivedPoint[];
  money?: readonly MoneySeriesRow[];
  "exchange-events"?: readonly EventRow[];
  geography?: Geography;
}
export type TableName = keyof ChartData;

/** Options every chart takes; the state a permalink or an embed can set. */
export interface ChartOptions {
  document?: Document;
  width?: number;
  height?: number;
  theme?: ThemeName;
  calendar?: Calendar;
  scale?: number;
  /** For the maps: the Gregorian date shown. */
  date?: string;
  colorBy?: "mode" | "date";
  definition?: Definition;
  stackBy?: "kind" | "alignment" | "none";
}

export interface ChartDefinition {
  id: string;
  title: string;
  /** The story page the chart belongs to. */
  page: string;
  tables: readonly TableName[];
  /** The table offered as the chart's data (CSV). */
  dataTable: string;
  /** Options that differ from the chart function's own defaults. */
  defaults: Partial<ChartOptions>;
  /**
   * How the chart's height follows its width: the rule its function uses.
   * Without one, the chart is as tall at any width (its rows set its height).
   */
  height?: HeightRule;
  render(data: ChartData, options: ChartOptions): HTMLElement;
}

function need<K extends TableName>(data: ChartData, name: K): NonNullable<ChartData[K]> {
  const table = data[name];
  if (!table) throw new Error(`the chart needs the "${name}" table`);
  return table as NonNullable<ChartData[K]>;
}

export const charts: readonly ChartDefinition[] = [
  {
    id: "events",
    title: "Key events, 1917–1918",
    page: "/",
    tables: ["events", "sources"],
    dataTable: "events",
    defaults: {},
    render: (data, o) => eventsTimeline(need(data, "events"), { ...o, sources: data.sources }),
  },
  {
    id: "takeover-map",
    title: "Where Soviet power came, and how",
    page: "/takeovers",
    tables: ["takeovers", "sources", "geography"],
    dataTable: "takeovers",
    defaults: { date: "1918-03-03", colorBy: "mode" },
    height: MAP_HEIGHT,
    render: (data, o) =>
      takeoverMap(need(data, "takeovers"), { ...o, geography: need(data, "geography"), sources: data.sources }),
  },
  {
    id: "takeover-spread",
    title: "How fast each zone's capitals passed to Soviet power",
    page: "/takeovers",
    tables: ["takeovers", "sources"],
    dataTable: "takeovers",
    defaults: {},
    height: SPREAD_HEIGHT,
    render: (data, o) => takeoverSpread(need(data, "takeovers"), { ...o, sources: data.sources }),
  },
  {
    id: "takeover-timeline",
    title: "City by city: when Soviet power came",
    page: "/takeovers",
    tables: ["takeovers", "sources"],
    dataTable: "takeovers",
    defaults: {},
    render: (data, o) => takeoverTimeline(need(data, "takeovers"), { ...o, sources: data.sources }),
  },
  {
    id: "sovereignty-count",
    title: "How many governments claimed the former empire",
    page: "/sovereignty",
    tables: ["sovereignty", "sources"],
    dataTable: "sovereignty-daily",
    defaults: { definition: "everything", stackBy: "alignment" },
    height: COUNT_HEIGHT,
    render: (data, o) => sovereigntyCount(need(data, "sovereignty"), { ...o, sources: data.sources }),
  },
  {
    id: "sovereignty-lifespans",
    title: "Lifespans of the governments",
    page: "/sovereignty",
    tables: ["sovereignty", "sources"],
    dataTable: "sovereignty",
    defaults: {},
    render: (data, o) => sovereigntyLifespans(need(data, "sovereignty"), { ...o, sources: data.sources }),
  },
  {
    id: "sovereignty-map",
    title: "Where the governments sat",
    page: "/sovereignty",
    tables: ["sovereignty", "sources", "geography"],
    dataTable: "sovereignty",
    defaults: { date: "1918-06-15" },
    height: MAP_HEIGHT,
    render: (data, o) =>
      sovereigntyMap(need(data, "sovereignty"), { ...o, geography: need(data, "geography"), sources: data.sources }),
  },
  {
    id: "ruble",
    title: "The ruble's fall, 1914–1918",
    page: "/money",
    tables: ["ruble-derived", "ruble", "events", "exchange-events", "sources"],
    dataTable: "ruble-derived",
    defaults: {},
    height: RUBLE_HEIGHT,
    render: (data, o) =>
      rubleChart(need(data, "ruble-derived"), {
        ...o,
        quotes: data.ruble,
        annotations: rubleAnnotations(data.events ?? [], data["exchange-events"] ?? []),
        sources: data.sources,
      }),
  },
  {
    id: "ruble-coup",
    title: "The ruble before and after the coup",
    page: "/money",
    tables: ["ruble-derived", "sources"],
    dataTable: "ruble-derived",
    defaults: {},
    render: (data, o) => rubleCoup(need(data, "ruble-derived"), { ...o, sources: data.sources }),
  },
  {
    id: "money-prices",
    title: "Money and prices, 1914–1917",
    page: "/money",
    tables: ["money", "sources"],
    dataTable: "money",
    defaults: {},
    height: MONEY_PRICES_HEIGHT,
    render: (data, o) => moneyPrices(need(data, "money"), { ...o, sources: data.sources }),
  },
  {
    id: "exchange-events",
    title: "The exchange, the banks and the decrees",
    page: "/money",
    tables: ["exchange-events", "sources"],
    dataTable: "exchange-events",
    defaults: {},
    render: (data, o) => exchangeTimeline(need(data, "exchange-events"), { ...o, sources: data.sources }),
  },
];

export const chartIds: readonly string[] = charts.map((c) => c.id);

export function chartById(id: string): ChartDefinition | undefined {
  return charts.find((c) => c.id === id);
}

/** Renders a chart by id with its defaults under the given options. */
export function renderChart(id: string, data: ChartData, options: ChartOptions = {}): HTMLElement {
  const chart = chartById(id);
  if (!chart) throw new Error(`unknown chart "${id}"; valid ids: ${chartIds.join(", ")}`);
  return chart.render(data, { ...chart.defaults, ...options });
}
