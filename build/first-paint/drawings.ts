/**
 * The build half of the first-paint layer (README.md here): each chart drawn
 * into the page's HTML as the page first shows it (the registry's chart with
 * its defaults, in the page's theme: CSS variables, so one drawing serves light
 * and dark), and each story control drawn unseen into its container, holding
 * its row at its true height until the live control comes.
 *
 * `writeStaticCharts` (scripts/prepare.ts, before every build and dev server)
 * writes the drawings to files; the markdown plugin (markdown.ts) puts them in
 * the pages.
 */

import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { shareBar } from "../../src/components/share-bar.js";
import { STORY_CONTROLS, type StoryControlId, storyControl } from "../../src/controls/story-controls.js";
import { drawingFile, FIRST_PAINT } from "../../src/first-paint.js";
import { type HeightRule, heightCss } from "../../src/height.js";
import { type ChartData, charts, renderChart, requireChart } from "../../src/registry.js";
import { type ChartDataOptions, tableLoader } from "../chart-data.js";
import { STATIC_DIR } from "./markdown.js";

/** The width drawn at: the column of a 1280-pixel-wide window; CSS scales it to the reader's column. */
export const STATIC_WIDTH = 912;

/**
 * The width of a second drawing of a page's first chart, for phones: the
 * column of a 390-pixel-wide one. Scaled to a phone's column, the wide
 * drawing's text would be 4 pixels tall; docs/style.css shows this one
 * instead in a column under 620 pixels (halfway between the two widths).
 * Charts further down keep one drawing, at its height: a phone reader gets
 * to them after the live charts have come, and each drawing costs the first
 * paint its parsing.
 */
export const NARROW_WIDTH = 326;

/** How the pages load their tables: the base map at 1:110m, like docs/data/geography.json. */
const PAGE_DATA: ChartDataOptions = { resolution: "110m" };

/**
 * Plot numbers its ids (markers, clip paths) from 1 in every document; a
 * drawing's ids get the chart's prefix so they cannot collide with the live
 * charts' or with each other's.
 */
export function prefixIds(markup: string, prefix: string): string {
  return markup
    .replace(/(\s)id="([^"]+)"/g, (_, space, id) => `${space}id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_, id) => `href="#${prefix}-${id}"`);
}

/**
 * A drawing only has to look right until the live chart replaces it, so it
 * leaves out the tooltips and keeps one decimal of its coordinates (a tenth
 * of a pixel): about half the bytes.
 */
export function lighten(markup: string): string {
  const tenth = (value: string) => value.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
  return markup
    .replace(/<title>[\s\S]*?<\/title>/g, "")
    .replace(/ (d|transform)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${tenth(value)}"`);
}

/**
 * The land of a map is dozens of paths styled alike by their group; drawn as
 * one path, it is the same picture for a fraction of the browser's work at
 * first paint. Only paths with nothing but a shape (`d`) are merged.
 */
export function mergeShapes(root: Element): void {
  for (const group of root.querySelectorAll('g[data-mark="geo"]')) {
    const shapes = [...group.children].filter(
      (child) => child.tagName.toLowerCase() === "path" && child.attributes.length === 1 && child.hasAttribute("d"),
    );
    const [first, ...rest] = shapes;
    if (!first) continue;
    first.setAttribute("d", shapes.map((shape) => shape.getAttribute("d")).join(""));
    for (const shape of rest) shape.remove();
  }
}

/**
 * A drawing is scaled to the reader's column (docs/style.css), but the live
 * chart that takes its place is as tall as its height rule gives at that
 * width, or, without a rule, as tall as drawn. The drawing's SVG is held at
 * that height (in CSS: its `.btc-static` is a size container), with its
 * picture at its own proportions inside, from the top: nothing below the
 * chart moves when the live chart comes, at any width.
 */
export function holdHeight(root: Element, rule?: HeightRule): void {
  const svg = [...root.children].find((child) => child.tagName.toLowerCase() === "svg");
  if (!svg) throw new Error("a chart's drawing has no SVG of its own");
  const height = rule ? heightCss(rule) : `${svg.getAttribute("height")}px`;
  const style = (svg.getAttribute("style") ?? "").trim().replace(/;$/, "");
  svg.setAttribute("style", `${style ? `${style}; ` : ""}height: ${height};`);
  svg.setAttribute("preserveAspectRatio", "xMidYMin meet");
}

/**
 * The share bar that comes under the live chart (chartBlock), drawn unseen
 * and inert: it holds its row at any width (on a phone its buttons wrap),
 * so that the page below does not move when the live chart's block comes.
 */
function staticShareBar(id: string, dataTable: string, document: Document): string {
  const bar = shareBar({
    document,
    id,
    dataUrl: `./data/${dataTable}.csv`,
    // The live bar's items, so that the drawn row is as long: its rows are never asked for.
    rows: () => ({ rows: [], state: {} }),
    metadataUrl: `./charts/${id}.json`,
    siteUrl: "./",
    copyImage: true,
    render: () => {
      throw new Error("a drawn share bar draws nothing");
    },
  });
  bar.classList.add(FIRST_PAINT.drawnShareBar);
  // Framework would publish the file a link in a page's HTML names: the drawn link names none.
  for (const link of bar.querySelectorAll("a")) for (const name of ["href", "download"]) link.removeAttribute(name);
  bar.removeAttribute("role");
  bar.removeAttribute("aria-label");
  bar.setAttribute("aria-hidden", "true");
  bar.setAttribute("inert", "");
  return bar.outerHTML;
}

/**
 * A chart whose height is a share of its width and nothing else (the maps)
 * is the same picture at any width, scaled: one drawing serves every column.
 */
const scalesWhole = (rule?: HeightRule) => rule !== undefined && rule.min === undefined && rule.max === undefined;

/** A chart as the page first shows it, as HTML. */
export interface ChartDrawing {
  /** Drawn for a desktop's column, with its share bar's row. */
  wide: string;
  /** Drawn for a phone's column (`FIRST_PAINT.narrow`), unless the chart scales whole. */
  narrow?: string;
}

/** One chart as the page first shows it: its drawings (ChartDrawing). */
export async function staticChart(id: string, options: ChartDataOptions = {}, data?: ChartData): Promise<ChartDrawing> {
  const chart = requireChart(id);
  const tables = data ?? (await tableLoader({ ...PAGE_DATA, ...options })(chart.tables));
  const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;
  const draw = (width: number, prefix: string, className?: string) => {
    const element = renderChart(id, tables, { document, theme: "auto", width });
    if (className) element.classList.add(className);
    mergeShapes(element);
    holdHeight(element, chart.height);
    return prefixIds(lighten(element.outerHTML), prefix);
  };
  // Framework reads `${…}` in a page's HTML as an expression: no drawing may contain one.
  const safe = (html: string) => html.replaceAll("${", "&#36;{");
  return {
    wide: safe(draw(STATIC_WIDTH, `static-${id}`) + staticShareBar(id, chart.dataTable, document)),
    narrow: scalesWhole(chart.height) ? undefined : safe(draw(NARROW_WIDTH, `static-${id}-narrow`, FIRST_PAINT.narrow)),
  };
}

/** The DOM globals that Inputs (through htl) reads while it builds a control. */
const DOM_GLOBALS = [
  "document",
  "Node",
  "NodeList",
  "HTMLCollection",
  "Element",
  "HTMLElement",
  "SVGElement",
  "Text",
  "DocumentFragment",
  "Event",
  "CustomEvent",
] as const;

/** Runs `build` with a JSDOM window's DOM as the globals, and puts back what was there. */
async function withWindowGlobals<T>(build: (document: Document) => Promise<T>): Promise<T> {
  const { window } = new JSDOM("<!doctype html><html><body></body></html>");
  const saved = DOM_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of DOM_GLOBALS)
    Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true });
  try {
    return await build(window.document);
  } finally {
    for (const [name, descriptor] of saved)
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
  }
}

/**
 * A story control as the page first shows it (defaults: the build has no
 * address), marked `FIRST_PAINT.drawnControl`: unseen and inert, it only holds the
 * control's row until the live control replaces it (docs/style.css). Ids,
 * `for` and `name` are dropped so that nothing in the page can point at it.
 */
export async function staticControl(id: StoryControlId): Promise<string> {
  return withWindowGlobals(async (document) => {
    const { radio } = await import("@observablehq/inputs");
    const element = storyControl(id, { radio, document });
    for (const node of [element, ...element.querySelectorAll("*")])
      for (const name of ["id", "for", "name"]) node.removeAttribute(name);
    element.classList.add(FIRST_PAINT.drawnControl);
    element.setAttribute("aria-hidden", "true");
    element.setAttribute("inert", "");
    return element.outerHTML.replaceAll("${", "&#36;{");
  });
}

/**
 * Renders every chart (its drawing, and one for phones) and every story
 * control into `dir` (file names: `drawingFile`), replacing what was there.
 */
export async function writeStaticCharts(dir = STATIC_DIR, options: ChartDataOptions = {}): Promise<void> {
  const load = tableLoader({ ...PAGE_DATA, ...options });
  const drawings: (readonly [string, string])[] = [];
  for (const chart of charts) {
    const { wide, narrow } = await staticChart(chart.id, options, await load(chart.tables));
    drawings.push([drawingFile.chart(chart.id), wide]);
    if (narrow) drawings.push([drawingFile.narrow(chart.id), narrow]);
  }
  for (const id of Object.keys(STORY_CONTROLS) as StoryControlId[])
    drawings.push([drawingFile.control(id), await staticControl(id)]);
  // Written only once every chart has rendered: a failure leaves the previous drawings whole.
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(dir)) await rm(join(dir, file));
  for (const [file, html] of drawings) await writeFile(join(dir, file), html);
}
