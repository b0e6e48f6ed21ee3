/**
 * Charts as image files, in Node: the registry's chart rendered into jsdom,
 * composed into one standalone SVG, and rasterised with resvg using the
 * bundled IBM Plex Sans (system fonts off, so text renders the same
 * everywhere). Used by the build-time images and the export command.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";
import { type ChartData, type ChartOptions, chartById, chartIds, type TableName } from "../src/registry.js";
import { serializeSvg, standaloneSvg } from "../src/standalone.js";
import type { ThemeName } from "../src/theme.js";
import { empireGeography } from "./geography.js";
import { type LoadOptions, readTidy } from "./load.js";

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

/** Loads the tables a chart needs (geography at 1:50m for images). */
export async function chartData(tables: readonly TableName[], options: LoadOptions = {}): Promise<ChartData> {
  const data: Record<string, unknown> = {};
  await Promise.all(
    tables.map(async (name) => {
      data[name] = name === "geography" ? await empireGeography({ resolution: "50m" }) : await readTidy(name, options);
    }),
  );
  return data as ChartData;
}

export interface ImageOptions extends Omit<ChartOptions, "document" | "theme"> {
  theme?: Exclude<ThemeName, "auto">;
  /** Box for the whole image (e.g. a 1920×1080 slide); the chart's natural size otherwise. */
  height?: number;
  fitWidth?: number;
}

/** A chart as a standalone SVG string. */
export async function chartSvg(id: string, options: ImageOptions = {}, data?: ChartData): Promise<string> {
  const chart = chartById(id);
  if (!chart) throw new Error(`unknown chart "${id}"; valid ids: ${chartIds.join(", ")}`);
  const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;
  const theme = options.theme ?? "light";
  const scale = options.scale ?? 1;
  const element = chart.render(data ?? (await chartData(chart.tables)), {
    ...chart.defaults,
    ...options,
    document,
    theme,
    scale,
  });
  const svg = standaloneSvg(element, { document, theme, scale, width: options.fitWidth, height: options.height });
  return serializeSvg(svg);
}

/** Rasterises an SVG string to PNG bytes at `zoom` times its size. */
export async function svgToPng(svg: string, zoom = 1): Promise<Uint8Array> {
  const fonts = fontFiles();
  await Promise.all(fonts.map((f) => readFile(f)));
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: {
      fontFiles: fonts,
      loadSystemFonts: false,
      defaultFontFamily: "IBM Plex Sans",
      sansSerifFamily: "IBM Plex Sans",
    },
  });
  return resvg.render().asPng();
}
