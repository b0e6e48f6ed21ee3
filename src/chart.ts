/**
 * A chart's one definition, and the steps every chart shares.
 *
 * A chart is a `ChartSpec`: its id, title, subtitle, page, tables, the table
 * offered as its data, its default state, its height rule, the controls shown
 * above it, and a `draw` step that turns the tables into a plot. The registry
 * lists the specs; `renderChart` resolves the options against the spec (the
 * prologue: document, width, theme, type scale, colours), draws, and frames
 * the plot with its title, subtitle, legend and source line (the epilogue).
 * Pages, embeds, build-time drawings, images, the export and the tests all
 * render through it, so each of these facts is stated once, in the spec.
 */
import type { Calendar } from "./calendar.js";
import type { ClaimResult } from "./claims.js";
import type { ControlRow } from "./control.js";
import type { EventRow } from "./events.js";
import { figure } from "./figure.js";
import { type HeightRule, heightAt } from "./height.js";
import type { DerivedPoint, MoneySeriesRow, RubleRow } from "./money.js";
import type { ExchangeStatusRow, LondonDerivedRow, SecurityRow } from "./securities.js";
import { type SourceRow, sourceLine } from "./sources.js";
import type { Definition, EntityRow } from "./sovereignty.js";
import { type COLOR_BY, DEFAULT_CALENDAR, type MEASURES, type STACK_BY, type ZONE_CHOICES } from "./state.js";
import type { Geography, TakeoverRow } from "./takeovers.js";
import { colors, plotStyle, type ThemeColors, type ThemeName, typeScale } from "./theme.js";

/** The tables a chart can ask for, by their published names. */
export interface ChartData {
  sources?: readonly SourceRow[];
  control?: readonly ControlRow[];
  securities?: readonly SecurityRow[];
  "securities-derived"?: readonly LondonDerivedRow[];
  "exchange-status"?: readonly ExchangeStatusRow[];
  events?: readonly EventRow[];
  takeovers?: readonly TakeoverRow[];
  sovereignty?: readonly EntityRow[];
  ruble?: readonly RubleRow[];
  "ruble-derived"?: readonly DerivedPoint[];
  money?: readonly MoneySeriesRow[];
  "exchange-events"?: readonly EventRow[];
  geography?: Geography;
  /** The historians' claims with their computed verdicts (all pages'). */
  claims?: readonly ClaimResult[];
}
export type TableName = keyof ChartData;

/** Options every chart takes; the state a permalink or an embed can set. */
export interface ChartOptions {
  /** Document to build in: the page's, or jsdom's in Node. */
  document?: Document;
  width?: number;
  height?: number;
  /** `auto` follows the page; `light` and `dark` are fixed, for images. */
  theme?: ThemeName;
  calendar?: Calendar;
  /** Enlarges all type and marks together (1 on pages, about 2 on slides). */
  scale?: number;
  /** For the maps: the Gregorian date shown. */
  date?: string;
  colorBy?: (typeof COLOR_BY)[number];
  definition?: Definition;
  stackBy?: (typeof STACK_BY)[number];
  /** For the takeover map: the zone it is zoomed to ("all" for the whole former empire). */
  zone?: (typeof ZONE_CHOICES)[number];
  /** For the bonds: their prices, or their yields' spread over the benchmark. */
  measure?: (typeof MEASURES)[number];
  /** Replace the spec's title, subtitle or source line. */
  title?: string;
  subtitle?: string;
  caption?: string;
}

/** The options a chart's `draw` step gets: every common option resolved, with the type scale and colours. */
export type DrawContext<O = object> = Omit<ChartOptions, "document" | "width" | "theme" | "scale" | "calendar"> &
  O & {
    document: Document;
    width: number;
    /** The height its rule gives at this width and scale, if the chart has a rule (or the height asked for). */
    height: number;
    theme: ThemeName;
    scale: number;
    calendar: Calendar;
    title: string;
    type: ReturnType<typeof typeScale>;
    c: ThemeColors;
  };

/** What a chart's `draw` step returns for the shared frame to finish. */
export interface Drawn {
  /** The plot (Plot's SVG, or its figure when Plot makes one). */
  plot: Element & { legend?: (name: "color", options?: object) => Element | undefined };
  /** The legend: `true` for the plot's own colour scale (swatches), an element of the chart's own, or none. */
  legend?: boolean | Element | null;
  /** A title computed from the data (a claim's), in place of the spec's. */
  title?: string;
  /** A subtitle computed from the data, in place of the spec's. */
  subtitle?: string;
  /** The rows whose sources the caption names (default: the chart's first table). */
  cited?: readonly { sources: string }[];
  /** Said after the sources in the caption. */
  note?: string;
  /** Runs on the finished figure (a map registers its state for `setMapDate`). */
  finish?: (figure: HTMLElement) => void;
}

/** A chart's one definition: `O` its own options, `K` the table it draws the rows of. */
export interface ChartSpec<O = object, K extends TableName = TableName> {
  /** Stable id: the chart's address in embeds, images and exports, and `data-chart` on the page. */
  id: string;
  title: string;
  /** The subtitle, unless `draw` computes one from the data. */
  subtitle?: string;
  /** The story page the chart belongs to (its path). */
  page: string;
  /** The tables it draws, the first being its rows. */
  tables: readonly [K, ...TableName[]];
  /** The table offered as the chart's data (CSV). */
  dataTable: string;
  /**
   * The published tables it is computed from, when they are not among its
   * `tables` (a claim's card draws the computed claims): what its metadata
   * (/charts/<id>.json) lists with their columns and sources.
   */
  drawsOn?: readonly string[];
  /** The state and options it starts with. */
  defaults?: Partial<ChartOptions> & O;
  /** Width when none is given (720 px). */
  width?: number;
  /**
   * How the chart's height follows its width. Without one, the chart is as
   * tall at any width (its rows set its height).
   */
  height?: HeightRule;
  /** The story controls shown above it, in order (ids of `STORY_CONTROLS`). */
  controls?: readonly string[];
  /**
   * A claim's card drawn as a chart (its number): registered for embeds,
   * images, slides and the export, but shown on its page as a card, so not
   * among the page's charts.
   */
  claim?: number;
  draw(data: ChartData, o: DrawContext<O>): Drawn;
  /**
   * The rows the chart shows in a state, as plain objects: what its "Data
   * (CSV)" downloads (`shownRows` in shown.ts). Dates are Gregorian ISO;
   * in the Julian calendar each gets its Julian reading beside it. Without
   * one, the chart's data table as the chart was given it (else its first).
   */
  rows?(data: ChartData, o: DrawContext<O>): readonly object[];
}

/**
 * Identity, typed: a chart's spec, checked as one. Its own options' type comes
 * from its `defaults`, and its rows' from its first table.
 */
export function defineChart<O extends object = object, const K extends TableName = TableName>(
  spec: ChartSpec<O, K>,
): ChartSpec<O, K> {
  return spec;
}

/** A table the chart needs, or an error naming it. */
export function need<K extends TableName>(data: ChartData, name: K): NonNullable<ChartData[K]> {
  const table = data[name];
  if (!table) throw new Error(`the chart needs the "${name}" table`);
  return table as NonNullable<ChartData[K]>;
}

/**
 * The narrowest a chart is drawn: a page may measure a column before its
 * layout settles (a grid cell on a busy machine), and a chart drawn narrower
 * than its margins would give its marks negative sizes.
 */
export const MIN_WIDTH = 240;

/** The options resolved against the chart's defaults: the prologue every chart shares. */
export function resolveOptions<O>(
  spec: ChartSpec<O, TableName>,
  options: ChartOptions & Partial<O> = {},
): DrawContext<O> {
  const merged = {
    width: spec.width ?? 720,
    calendar: DEFAULT_CALENDAR,
    theme: "auto" as ThemeName,
    scale: 1,
    title: spec.title,
    ...spec.defaults,
    ...withoutUndefined(options),
  };
  const width = Math.max(MIN_WIDTH, merged.width);
  const { scale, theme } = merged;
  return {
    ...merged,
    width,
    document: options.document ?? globalThis.document,
    height: options.height ?? (spec.height ? heightAt(spec.height, width, scale) : Number.NaN),
    type: typeScale(scale),
    c: colors(theme),
  } as DrawContext<O>;
}

/** An options object without the keys set to `undefined`, which would hide the defaults. */
function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Draws a chart from its tables and frames it: title, subtitle, legend, plot and sources. */
export function drawChart<O>(
  spec: ChartSpec<O, TableName>,
  data: ChartData,
  options: ChartOptions & Partial<O> = {},
): HTMLElement {
  const o = resolveOptions(spec, options);
  const drawn = spec.draw(data, o);
  const rows = (drawn.cited ?? data[spec.tables[0]] ?? []) as readonly { sources: string }[];
  const caption = options.caption ?? [sourceLine(rows, data.sources), drawn.note].filter(Boolean).join(" ");
  const legend =
    drawn.legend === true
      ? (drawn.plot.legend?.("color", { style: plotStyle(o.theme, o.scale, "label") }) ?? null)
      : drawn.legend || null;
  const element = figure({
    document: o.document,
    id: spec.id,
    title: options.title ?? drawn.title ?? o.title,
    subtitle: options.subtitle ?? drawn.subtitle ?? spec.subtitle,
    caption: caption || undefined,
    legend,
    plot: drawn.plot,
    theme: o.theme,
    scale: o.scale,
  });
  drawn.finish?.(element);
  return element;
}

/** The rows a chart function takes, by its first table. */
type RowsOf<K extends TableName> = NonNullable<ChartData[K]>;

/**
 * A chart as a plain function, `(rows, options) → element`, for the package's
 * users: the rows of its first table, and its other tables among the options
 * (`{sources, geography}`).
 */
export function chartFunction<O, K extends TableName>(
  spec: ChartSpec<O, K>,
): (rows: RowsOf<K>, options?: ChartOptions & Partial<O> & ChartData) => HTMLElement {
  return (rows, options = {}) =>
    drawChart(spec as ChartSpec<O, TableName>, { ...tablesIn(options), [spec.tables[0]]: rows }, options);
}

/** Every table name, checked against `ChartData` by the compiler. */
const TABLE_NAMES = {
  sources: true,
  control: true,
  securities: true,
  "securities-derived": true,
  "exchange-status": true,
  events: true,
  takeovers: true,
  sovereignty: true,
  ruble: true,
  "ruble-derived": true,
  money: true,
  "exchange-events": true,
  geography: true,
  claims: true,
} satisfies Record<TableName, true>;

function tablesIn(options: object): ChartData {
  return Object.fromEntries(Object.entries(options).filter(([key]) => Object.hasOwn(TABLE_NAMES, key))) as ChartData;
}
