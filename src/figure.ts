/**
 * The frame around every chart: title, subtitle, legend, plot and a caption
 * naming the sources. Built with DOM calls on the given document, so the same
 * code runs in the browser and in Node (jsdom), and text from data is always
 * set as text, never parsed as HTML.
 */
import * as Plot from "@observablehq/plot";
import { colors, fontFamily, plotStyle, type ThemeName, typeScale } from "./theme.js";

/**
 * A colour legend of swatches for a chart whose marks take their colours
 * directly (the maps, which restyle their marks by date) rather than from a
 * colour scale: each label with its colour, in the chart's type.
 */
export function swatchLegend(
  document: Document,
  colorsByLabel: ReadonlyMap<string, string>,
  theme: ThemeName = "auto",
  scale = 1,
): Element {
  return Plot.legend({
    document,
    color: { domain: [...colorsByLabel.keys()], range: [...colorsByLabel.values()] },
    style: plotStyle(theme, scale, "label"),
  } as Parameters<typeof Plot.legend>[0]);
}

export interface FigureParts {
  document: Document;
  /** Stable chart id, also set as `data-chart` for pages, tests and embeds. */
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** Source line(s) shown under the chart. */
  caption?: string | undefined;
  legend?: Element | null | undefined;
  plot: Element;
  theme?: ThemeName | undefined;
  scale?: number | undefined;
}

function textElement(
  document: Document,
  tag: string,
  className: string,
  text: string,
  style: Partial<CSSStyleDeclaration>,
): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  Object.assign(element.style, style);
  return element;
}

/**
 * The plot as one image for assistive technology: the SVG keeps its name and
 * description (from the data) with role="img"; Plot's aria-labels on inner
 * groups, which ARIA does not allow on a <g> without a role, move to
 * `data-mark` so tests and styles can still find the marks.
 */
export function accessiblePlot(plot: Element): Element {
  if (plot.tagName.toLowerCase() === "svg") plot.setAttribute("role", "img");
  for (const group of plot.querySelectorAll("g[aria-label]")) {
    group.setAttribute("data-mark", group.getAttribute("aria-label") ?? "");
    group.removeAttribute("aria-label");
  }
  return plot;
}

/** Wraps a plot in a `<figure>` with its title, subtitle, legend and caption. */
export function figure({
  document,
  id,
  title,
  subtitle,
  caption,
  legend,
  plot,
  theme = "auto",
  scale = 1,
}: FigureParts): HTMLElement {
  const type = typeScale(scale);
  const c = colors(theme);
  const root = document.createElement("figure");
  root.className = "btc-chart";
  root.dataset.chart = id;
  Object.assign(root.style, { margin: "0", fontFamily: fontFamily(theme), color: c.foreground, maxWidth: "none" });
  if (theme !== "auto") root.style.background = c.background;
  root.append(
    textElement(document, "h3", "btc-title", title, {
      fontSize: `${type.title}px`,
      fontWeight: "600",
      color: c.foreground,
      margin: "0 0 0.2em",
      lineHeight: "1.25",
    }),
  );
  if (subtitle)
    root.append(
      textElement(document, "p", "btc-subtitle", subtitle, {
        fontSize: `${type.subtitle}px`,
        color: c.muted,
        margin: "0 0 0.6em",
        maxWidth: "none",
      }),
    );
  if (legend) root.append(legend);
  root.append(accessiblePlot(plot));
  if (caption)
    root.append(
      textElement(document, "figcaption", "btc-caption", caption, {
        fontSize: `${type.caption}px`,
        color: c.muted,
        marginTop: "0.5em",
        maxWidth: "none",
      }),
    );
  return root;
}
