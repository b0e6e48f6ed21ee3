/**
 * Charts as image files, in Node: the registry's chart rendered into jsdom,
 * composed into one standalone SVG, and rasterised with resvg using the
 * bundled IBM Plex Sans (system fonts off, so text renders the same
 * everywhere). Used by the images at stable addresses (/charts/<id>.svg,
 * /charts/<id>-dark.svg and /charts/<id>.png, written by the parameterised
 * loaders docs/charts/[name].svg.ts and [name].png.ts) and the export command.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";
import { type ImageText, withPngText } from "../src/png-text.js";
import { type ChartData, type ChartOptions, chartIds, renderChart, requireChart } from "../src/registry.js";
import { imageText, serializeSvg, slideSvg, standaloneSvg } from "../src/standalone.js";
import type { ThemeName } from "../src/theme.js";
import { chartData } from "./chart-data.js";

const require = createRequire(import.meta.url);

/** The TTF files resvg renders with (Latin and Cyrillic), from @expo-google-fonts/ibm-plex-sans. */
export function fontFiles(): string[] {
  const dir = dirname(require.resolve("@expo-google-fonts/ibm-plex-sans/package.json"));
  return [
    "400Regular/IBMPlexSans_400Regular.ttf",
    "600SemiBold/IBMPlexSans_600SemiBold.ttf",
    "400Regular_Italic/IBMPlexSans_400Regular_Italic.ttf",
  ].map((f) => join(dir, f));
}

export interface ImageOptions extends Omit<ChartOptions, "document" | "theme"> {
  theme?: Exclude<ThemeName, "auto">;
}

/** A chart as a standalone SVG string, with the text its PNG should carry. */
export async function chartImage(
  id: string,
  options: ImageOptions = {},
  data?: ChartData,
): Promise<{ svg: string; text: ImageText }> {
  const chart = requireChart(id);
  const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;
  const theme = options.theme ?? "light";
  const scale = options.scale ?? 1;
  const element = renderChart(id, data ?? (await chartData(chart.tables)), { ...options, document, theme, scale });
  const svg = standaloneSvg(element, { document, theme, scale });
  return { svg: serializeSvg(svg), text: imageText(element) };
}

/**
 * A chart on a slide (1920×1080 unless asked otherwise) at a state, as the
 * browser's "Slide" draws it: the export command's picture.
 */
export async function slideImage(
  id: string,
  options: Omit<ImageOptions, "scale"> & { width?: number; height?: number } = {},
  data?: ChartData,
): Promise<{ svg: string; text: ImageText }> {
  const { width, height, ...state } = options;
  const chart = requireChart(id);
  const tables = data ?? (await chartData(chart.tables));
  const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;
  const theme = options.theme ?? "light";
  const slide = slideSvg((size) => renderChart(id, tables, { ...state, ...size, document, theme }), {
    document,
    theme,
    width,
    height,
  });
  return { svg: serializeSvg(slide.svg), text: imageText(slide.chart) };
}

/** A chart as a standalone SVG string. */
export async function chartSvg(id: string, options: ImageOptions = {}, data?: ChartData): Promise<string> {
  return (await chartImage(id, options, data)).svg;
}

/** Rasterises an SVG string to PNG bytes at `zoom` times its size, with the chart's text inside. */
export async function svgToPng(svg: string, zoom = 1, text?: ImageText): Promise<Uint8Array> {
  const fonts = fontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: {
      fontFiles: fonts,
      loadSystemFonts: false,
      defaultFontFamily: "IBM Plex Sans",
      sansSerifFamily: "IBM Plex Sans",
    },
  });
  const png = resvg.render().asPng();
  return text ? withPngText(png, text) : png;
}

/** Page-width images; the PNG has twice the pixels, for sharp screens and slides. */
export const IMAGE_WIDTH = 960;
export const PNG_ZOOM = 2;

/** Every image path the site publishes. */
export function chartImagePaths(): string[] {
  return chartIds.flatMap((id) => [
    `/charts/${id}.svg`,
    `/charts/${id}-dark.svg`,
    `/charts/${id}.png`,
    `/charts/${id}-dark.png`,
  ]);
}

/** Parses the loader's `--name=<id>` or `--name=<id>-dark` argument. */
function requested(): { id: string; theme: "light" | "dark" } {
  const { name = "" } = parseArgs({ options: { name: { type: "string" } }, strict: false }).values as { name?: string };
  const dark = name.endsWith("-dark");
  const id = dark ? name.slice(0, -"-dark".length) : name;
  requireChart(id);
  return { id, theme: dark ? "dark" : "light" };
}

/** Writes the image a parameterised loader was asked for to standard output. */
export async function writeChartImage(format: "svg" | "png"): Promise<void> {
  const { id, theme } = requested();
  const { svg, text } = await chartImage(id, { width: IMAGE_WIDTH, theme });
  process.stdout.write(format === "svg" ? svg : await svgToPng(svg, PNG_ZOOM, text));
}
