/**
 * Build-time chart images at stable addresses, written by the parameterised
 * data loaders docs/charts/[name].svg.ts and docs/charts/[name].png.ts:
 * /charts/<id>.svg, /charts/<id>-dark.svg and /charts/<id>.png.
 */
import { parseArgs } from "node:util";
import { chartIds } from "../src/registry.js";
import { chartSvg, svgToPng } from "./images.js";

/** Page-width images; the PNG has twice the pixels, for sharp screens and slides. */
export const IMAGE_WIDTH = 960;
export const PNG_ZOOM = 2;

/** Every image path the site publishes. */
export function chartImagePaths(): string[] {
  return chartIds.flatMap((id) => [`/charts/${id}.svg`, `/charts/${id}-dark.svg`, `/charts/${id}.png`]);
}

/** Parses the loader's `--name=<id>` or `--name=<id>-dark` argument. */
function requested(): { id: string; theme: "light" | "dark" } {
  const { name = "" } = parseArgs({ options: { name: { type: "string" } }, strict: false }).values as { name?: string };
  const dark = name.endsWith("-dark");
  const id = dark ? name.slice(0, -"-dark".length) : name;
  if (!chartIds.includes(id)) throw new Error(`unknown chart "${name}"; valid ids: ${chartIds.join(", ")}`);
  return { id, theme: dark ? "dark" : "light" };
}

export async function writeChartImage(format: "svg" | "png"): Promise<void> {
  const { id, theme } = requested();
  const svg = await chartSvg(id, { width: IMAGE_WIDTH, theme });
  process.stdout.write(format === "svg" ? svg : await svgToPng(svg, PNG_ZOOM));
}
