/**
 * A chart as one self-contained SVG image: title, subtitle, legend, the plot,
 * the source line and a credit, all inside the SVG. Plot puts titles and
 * captions in an HTML <figure>, which a bare SVG file would lose, so this
 * rebuilds them as SVG text. Used for downloads in the browser and for the
 * build-time images and the export command in Node.
 */
import { textWidth } from "./labels.js";
import type { ImageText } from "./png-text.js";
import { colors, fontFamily, type ThemeName, typeScale } from "./theme.js";

const SVG_NS = "http://www.w3.org/2000/svg";

export interface StandaloneOptions {
  document?: Document;
  /** Fixed theme the chart was rendered with ("auto" is treated as light). */
  theme?: ThemeName;
  scale?: number;
  /** A box to fit the image into (a slide), letterboxed; the natural height otherwise. */
  width?: number;
  height?: number;
  /**
   * The width the title, subtitle, legend and sources are set to (a slide's),
   * when it is wider than the plot: a plot drawn narrower to fit a slide's
   * height keeps its text at the slide's width (default: the plot's).
   */
  contentWidth?: number;
  credit?: string;
}

/** Breaks text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The credit line at the foot of every image. */
export const CREDIT = "Beyond the Capitals · data CC BY 4.0";

/**
 * A slide's layout: 1920×1080 unless asked otherwise, type scaled with its
 * width so that the smallest text (ticks, sources) is 24 px on a 1920-pixel
 * slide (scale 1.1 at 960 px, 2.2 at 1920), and the chart as wide as the
 * slide less the image's margins.
 */
export function slideLayout(width = 1920, height = 1080) {
  const scale = Math.max(1, Math.round((width / 960) * 11) / 10);
  return { width, height, scale, chartWidth: width - 2 * Math.round(24 * scale) };
}

/** Draws a chart at a width and type scale, and at a plot height when given: the registry's chart in its current state. */
export type DrawAt = (size: { width: number; scale: number; height?: number }) => Element;

/** The least a plot is drawn on a slide, as a share of the slide's height; a chart that cannot fit is shrunk whole. */
const SLIDE_MIN_PLOT = 0.3;

/**
 * A chart on a slide: drawn as wide as the slide at the slide's type scale
 * and, when it would be too tall, drawn again with a shorter plot, so that
 * the whole fits the slide at that same type size rather than being shrunk
 * with its text. (A chart whose rows set its height, the timelines, cannot be
 * made shorter; it is shrunk whole to fit.) The text is set to the slide's
 * width. The browser's "Slide", the deck at /present and `npm run export` all
 * draw through this, so they give the same picture for the same state.
 */
export function slideSvg(
  draw: DrawAt,
  options: { document?: Document; theme?: ThemeName; width?: number; height?: number; credit?: string } = {},
): { svg: SVGSVGElement; chart: Element } {
  const layout = slideLayout(options.width, options.height);
  const common = { theme: options.theme, credit: options.credit, scale: layout.scale, contentWidth: layout.width };
  const documentOf = (element: Element) => options.document ?? element.ownerDocument;
  const plotHeight = (element: Element) => Number(element.querySelector(":scope > svg")?.getAttribute("height") ?? 0);
  // The drawing's own height, before it is fitted into the slide.
  const natural = (element: Element) =>
    Number(standaloneSvg(element, { ...common, document: documentOf(element) }).getAttribute("height"));
  let chart = draw({ width: layout.chartWidth, scale: layout.scale });
  for (let attempt = 0; attempt < 2; attempt++) {
    const over = natural(chart) - layout.height;
    const plot = plotHeight(chart);
    const height = plot - over;
    if (over <= 0 || height < layout.height * SLIDE_MIN_PLOT) break;
    const next = draw({ width: layout.chartWidth, scale: layout.scale, height });
    if (plotHeight(next) >= plot) break;
    chart = next;
  }
  const svg = standaloneSvg(chart, {
    ...common,
    width: layout.width,
    height: layout.height,
    document: documentOf(chart),
  });
  return { svg, chart };
}

/** What a chart figure says it shows, for the text inside its PNG. */
export function imageText(chart: Element, credit = CREDIT): ImageText {
  const field = (selector: string) => chart.querySelector(selector)?.textContent?.trim() ?? "";
  return {
    Title: field(".btc-title"),
    Description: [field(".btc-subtitle"), field(".btc-map-status")].filter(Boolean).join(" · "),
    Comment: field(".btc-caption"),
    Copyright: credit,
  };
}

interface Swatch {
  color: string;
  label: string;
}

/** Reads Plot's swatch legend (HTML) back into colour and label pairs. */
function readSwatches(legend: Element): Swatch[] {
  return [...legend.querySelectorAll(":scope > span, :scope > .plot-swatch")]
    .map((span) => ({
      color: span.querySelector("svg")?.getAttribute("fill") ?? "",
      label: span.textContent?.trim() ?? "",
    }))
    .filter((s) => s.label);
}

/** Builds the standalone SVG element for a chart figure made by this package. */
export function standaloneSvg(chart: Element, options: StandaloneOptions = {}): SVGSVGElement {
  const document = options.document ?? chart.ownerDocument;
  const theme = options.theme === "dark" ? "dark" : "light";
  const scale = options.scale ?? 1;
  const c = colors(theme);
  const type = typeScale(scale);
  const plot = chart.querySelector(":scope > svg");
  const plotWidth = Number(plot?.getAttribute("width") ?? 640);
  const plotHeight = Number(plot?.getAttribute("height") ?? 400);
  const pad = Math.round(24 * scale);
  const width = Math.max(plotWidth + 2 * pad, options.contentWidth ?? 0);
  const textRight = width - pad;
  const el = (tag: string, attrs: Record<string, string | number>) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  const content = el("g", {});
  let y = pad;
  const textBlock = (text: string, size: number, fill: string, weight = 400) => {
    for (const line of wrapText(text, Math.max(20, Math.floor((textRight - pad) / (size * 0.53))))) {
      const t = el("text", {
        x: pad,
        y: y + size,
        "font-size": size,
        "font-weight": weight,
        fill,
        // The room the line has: a browser without the image font may set it wider (fitText).
        "data-max-width": textRight - pad,
      });
      t.textContent = line;
      content.append(t);
      y += Math.round(size * 1.3);
    }
  };
  const field = (selector: string) => chart.querySelector(selector)?.textContent?.trim() ?? "";
  textBlock(field(".btc-title"), type.title, c.foreground, 600);
  if (field(".btc-subtitle")) {
    y += Math.round(4 * scale);
    textBlock(field(".btc-subtitle"), type.subtitle, c.muted);
  }
  // Legend: swatches become SVG; a ramp legend is already SVG and is copied.
  const legend = [...chart.children].find(
    (e) =>
      e !== plot &&
      (e.classList.contains("plot-swatches") ||
        e.tagName.toLowerCase() === "svg" ||
        e.querySelector(".plot-swatch, svg")) &&
      !e.classList.contains("btc-title"),
  );
  if (legend && legend.tagName.toLowerCase() === "svg") {
    y += Math.round(8 * scale);
    const ramp = legend.cloneNode(true) as SVGSVGElement;
    ramp.setAttribute("x", String(pad));
    ramp.setAttribute("y", String(y));
    content.append(ramp);
    y += Number(ramp.getAttribute("height") ?? 40);
  } else if (legend) {
    y += Math.round(8 * scale);
    let x = pad;
    const size = type.label;
    for (const swatch of readSwatches(legend)) {
      const w = Math.round(size * 1.6 + textWidth(swatch.label, size, 0.55));
      if (x + w > textRight) {
        x = pad;
        y += Math.round(size * 1.6);
      }
      content.append(el("rect", { x, y, width: size, height: size, fill: swatch.color }));
      const t = el("text", { x: x + size * 1.4, y: y + size * 0.85, "font-size": size, fill: c.foreground });
      t.textContent = swatch.label;
      content.append(t);
      x += w + Math.round(size * 0.8);
    }
    y += Math.round(size * 1.8);
  }
  if (field(".btc-map-status")) textBlock(field(".btc-map-status"), type.label, c.foreground, 600);
  if (plot) {
    const copy = plot.cloneNode(true) as SVGSVGElement;
    // A plot narrower than the text is centred under it.
    copy.setAttribute("x", String(pad + Math.max(0, Math.round((width - 2 * pad - plotWidth) / 2))));
    copy.setAttribute("y", String(y));
    copy.setAttribute("color", c.foreground);
    content.append(copy);
    y += plotHeight + Math.round(8 * scale);
  }
  if (field(".btc-caption")) textBlock(field(".btc-caption"), type.caption, c.muted);
  textBlock(options.credit ?? CREDIT, type.caption, c.faint);
  const naturalHeight = y + pad;

  const root = el("svg", {
    width: options.width ?? width,
    height: options.height ?? naturalHeight,
    viewBox: `0 0 ${options.width ?? width} ${options.height ?? naturalHeight}`,
    "font-family": fontFamily(theme),
    color: c.foreground,
    role: "img",
  }) as SVGSVGElement;
  const title = el("title", {});
  title.textContent = field(".btc-title");
  const desc = el("desc", {});
  desc.textContent = plot?.getAttribute("aria-description") ?? "";
  root.append(title, desc, el("rect", { width: "100%", height: "100%", fill: c.background }));
  if (options.width || options.height) {
    // Fit the natural drawing into the requested box, centred.
    const frame = el("svg", {
      width: "100%",
      height: "100%",
      viewBox: `0 0 ${width} ${naturalHeight}`,
      preserveAspectRatio: "xMidYMid meet",
    });
    frame.append(content);
    root.append(frame);
  } else root.append(content);
  return root;
}

/**
 * In a browser, squeezes each line of an image's own text that its font sets
 * wider than the room it was broken for (`data-max-width`): the image font,
 * IBM Plex Sans, is narrower than most fallbacks (DejaVu Sans), and a line
 * would otherwise run off the picture. The SVG is measured where it is, or
 * briefly in the page, out of sight; in Node, where nothing can be measured,
 * it is left as it is.
 */
export function fitText(svg: SVGSVGElement): SVGSVGElement {
  const document = svg.ownerDocument;
  const lines = [...svg.querySelectorAll<SVGTextElement>("text[data-max-width]")];
  if (!lines.length || typeof lines[0]?.getComputedTextLength !== "function") return svg;
  const attached = svg.isConnected;
  if (!attached) {
    svg.style.setProperty("position", "absolute");
    svg.style.setProperty("visibility", "hidden");
    document.body.append(svg);
  }
  try {
    for (const line of lines) {
      const room = Number(line.dataset.maxWidth);
      const length = line.getComputedTextLength();
      if (length > room && room > 0) {
        line.setAttribute("textLength", String(room));
        line.setAttribute("lengthAdjust", "spacingAndGlyphs");
      }
    }
  } finally {
    if (!attached) {
      svg.remove();
      svg.style.removeProperty("position");
      svg.style.removeProperty("visibility");
    }
  }
  return svg;
}

/** The SVG as a string, with its XML declaration. */
export function serializeSvg(svg: SVGSVGElement): string {
  const window = svg.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Serializer = window?.XMLSerializer ?? globalThis.XMLSerializer;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(svg)}\n`;
}
