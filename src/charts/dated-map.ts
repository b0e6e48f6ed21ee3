/**
 * The map component both stories share: places on present-day outlines of the
 * former empire, each drawn filled when it is "on" at the chosen date and
 * hollow when not.
 *
 * The map is drawn once; moving the date only restyles the place marks
 * (`setMapDate`), so a slider can step day by day without redrawing the land.
 */
import * as Plot from "@observablehq/plot";
import type { DrawContext, Drawn } from "../chart.js";
import { type HeightRule, heightAt } from "../height.js";
import type { Geography } from "../takeovers.js";
import { plotStyle } from "../theme.js";

export interface DatedMapOptions<T> {
  geography: Geography;
  /** Gregorian ISO date shown. */
  date: string;
  legend?: Element | null;
  lat: (d: T) => number;
  lon: (d: T) => number;
  /** A place's fill on a day, or null to draw it hollow (not on the map's subject that day). */
  fill: (d: T, date: string) => string | null;
  /** The ring round a filled place (default: the page's background, which parts overlapping marks). */
  outline?: string | undefined;
  /** The places the map is framed on (default: all): a zoom to a region. */
  framed?: (d: T) => boolean;
  symbol?: (d: T) => "circle" | "square";
  /** Relative size: 1 for main places, smaller for others. */
  size?: (d: T) => number;
  /** Drawn with a dashed outline (an uncertain date). */
  dashed?: (d: T) => boolean;
  tip: (d: T) => string;
  /** Name to print beside the place, or null for none. */
  label?: (d: T) => string | null;
  /** The row's key (`data-key`), by which a page opens its provenance and highlights it. */
  key?: (d: T) => string;
  /** The sentence above the map saying what the date shows. */
  status: (date: string) => string;
  /** Plain-language summary for screen readers. */
  description: string;
}

interface MapState {
  fill: (index: number, date: string) => string | null;
  outline: string;
  faint: string;
  status: (date: string) => string;
}

const states = new WeakMap<Element, MapState>();

/**
 * A render transform tagging each place mark with its row index, so the date
 * can be restyled without a redraw. Plot hands over the index in drawing order
 * (the dot mark sorts by size), the order of the marks it returns.
 */
function tagPlaces(
  dashed: (i: number) => boolean,
  key: (i: number) => string | undefined,
  scale: number,
): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    // Clipped to the frame, Plot wraps the marks in a group of their own.
    const inner =
      group?.children.length === 1 && group.firstElementChild?.tagName === "g" ? group.firstElementChild : group;
    const marks = inner ? [...inner.children] : [];
    marks.forEach((mark, j) => {
      const i = index[j] ?? 0;
      mark.setAttribute("data-place-index", String(i));
      const k = key(i);
      if (k) mark.setAttribute("data-key", k);
      // Plot's strokeDasharray is one value per mark; uncertain dates get theirs here.
      if (dashed(i)) mark.setAttribute("stroke-dasharray", `${2 * scale},${1.5 * scale}`);
    });
    return group;
  };
}

/** A map is as tall as 0.62 of its width at any size: the projection's frame. */
export const MAP_HEIGHT: HeightRule = { ratio: 0.62 };

/**
 * Restyles the place marks of a map made by `datedMap` (or a story map built
 * on it) for another date. Cheap enough to call on every step of a slider.
 */
export function setMapDate(element: Element, date: string): void {
  // Accept the figure itself or anything that contains it (a page's chart block).
  const chart = element.matches("figure.btc-chart") ? element : element.querySelector("figure.btc-chart");
  const state = chart && states.get(chart);
  if (!chart || !state) return;
  for (const mark of chart.querySelectorAll<SVGElement>("[data-place-index]")) {
    const fill = state.fill(Number(mark.dataset.placeIndex), date);
    mark.setAttribute("fill", fill ?? "none");
    mark.setAttribute("stroke", fill ? state.outline : state.faint);
  }
  const status = chart.querySelector(".btc-map-status");
  if (status) status.textContent = state.status(date);
  chart.setAttribute("data-date", date);
}

/**
 * Draws places on the base map at a date: the draw step both story maps share.
 * The finished figure gets the status line above the map and is registered
 * for `setMapDate`.
 */
export function drawMap<T>(
  data: readonly T[],
  { document, width, height: asked, theme, scale, title, type, c }: DrawContext,
  options: DatedMapOptions<T>,
): Drawn {
  const { geography, date } = options;
  const {
    lat,
    lon,
    fill,
    framed = () => true,
    tip,
    symbol = () => "circle",
    size = () => 1,
    dashed = () => false,
    label = () => null,
    key,
  } = options;
  const outline = options.outline ?? c.background;
  const successors = { type: "FeatureCollection", features: geography.features.filter((f) => f.properties.successor) };
  const others = { type: "FeatureCollection", features: geography.features.filter((f) => !f.properties.successor) };
  // A map is as tall as its width makes it, whatever the type scale; shorter only when asked (a slide fits it to its height).
  const height = Math.min(heightAt(MAP_HEIGHT, width), asked);
  // Marks follow the map's own size: a map made shorter than its width would make it is also narrower.
  const radius = Math.max(3, Math.min(6, Math.min(width, height / MAP_HEIGHT.ratio) / 170)) * scale;
  const indexed = data.map((d, index) => ({ d, index, x: lon(d), y: lat(d) }));
  type Place = (typeof indexed)[number];
  const labelled = indexed.filter((p) => label(p.d) !== null);
  const plot = Plot.plot({
    document,
    width,
    height,
    margin: 4 * scale,
    style: plotStyle(theme, scale),
    ariaLabel: title,
    ariaDescription: options.description,
    // Fitted to the places, not to today's Russia, whose Arctic and Chukotka would leave them crowded in a corner.
    // Radii are pixels already (size × radius), not values for an r scale to map.
    r: { type: "identity" },
    projection: {
      type: "conic-equal-area",
      parallels: [45, 65],
      rotate: [-75, 0],
      domain: {
        type: "MultiPoint",
        coordinates: indexed.filter((p) => framed(p.d)).map((p) => [p.x, p.y]),
      } as never,
      inset: 24 * scale,
    },
    marks: [
      // Clipped to the frame: zoomed to a region, the rest of the map lies outside it.
      Plot.geo(others as never, {
        fill: c.grid,
        fillOpacity: 0.35,
        stroke: c.background,
        strokeWidth: 0.5,
        clip: "frame",
      }),
      Plot.geo(successors as never, { fill: c.grid, stroke: c.background, strokeWidth: 0.75 * scale, clip: "frame" }),
      Plot.dot(indexed, {
        x: "x",
        y: "y",
        r: (p: Place) => radius * size(p.d),
        symbol: (p: Place) => symbol(p.d),
        fill: (p: Place) => fill(p.d, date) ?? "none",
        stroke: (p: Place) => (fill(p.d, date) ? outline : c.faint),
        clip: "frame",
        strokeWidth: 0.75 * scale,
        title: (p: Place) => tip(p.d),
        render: tagPlaces(
          (i) => dashed(data[i] as T),
          (i) => key?.(data[i] as T),
          scale,
        ),
      } as Plot.DotOptions),
      Plot.text(labelled, {
        x: "x",
        y: "y",
        clip: "frame",
        text: (p: Place) => label(p.d),
        dy: -radius - 5 * scale,
        fill: c.foreground,
        stroke: c.background,
        strokeWidth: 3 * scale,
        paintOrder: "stroke",
        fontSize: type.tick,
      }),
    ],
  });

  return {
    plot,
    legend: options.legend ?? null,
    note: "Present-day borders (Natural Earth); positions approximate.",
    finish(chart) {
      const status = document.createElement("p");
      status.className = "btc-map-status";
      status.setAttribute("aria-live", "polite");
      Object.assign(status.style, { margin: "0.2em 0", fontSize: `${type.label}px`, fontWeight: "600" });
      status.textContent = options.status(date);
      chart.insertBefore(status, plot);
      states.set(chart, {
        fill: (i, at) => fill(data[i] as T, at),
        outline,
        faint: c.faint,
        status: options.status,
      });
      chart.setAttribute("data-date", date);
    },
  };
}
