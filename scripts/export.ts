/**
 * npm run export -- <id>... | --all [--format svg|png] [--theme light|dark]
 *                   [--width N] [--height N] [--out DIR]
 *
 * Renders charts for slides: by default a 16:9 slide (1920×1080) with type
 * large enough to read from the back of a room, as PNG, light theme, into
 * exports/. Unknown ids and bad options are refused with the valid choices.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chartData } from "../build/chart-data.js";
import { chartSvg, svgToPng } from "../build/images.js";
import { chartIds, requireChart } from "../src/registry.js";

const USAGE = `usage: npm run export -- <id>... | --all [--format svg|png] [--theme light|dark] [--width N] [--height N] [--out DIR]
chart ids: ${chartIds.join(", ")}`;

function fail(message: string): never {
  console.error(`export: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs>;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      all: { type: "boolean", default: false },
      format: { type: "string", default: "png" },
      theme: { type: "string", default: "light" },
      width: { type: "string", default: "1920" },
      height: { type: "string", default: "1080" },
      out: { type: "string", default: "exports" },
      help: { type: "boolean", default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = String(values.format);
const theme = String(values.theme);
const width = Number(values.width);
const height = Number(values.height);
if (!["svg", "png"].includes(format)) fail(`unknown format "${format}"; valid formats: svg, png`);
if (!["light", "dark"].includes(theme)) fail(`unknown theme "${theme}"; valid themes: light, dark`);
for (const [name, n] of [
  ["width", width],
  ["height", height],
] as const) {
  if (!Number.isInteger(n) || n < 320 || n > 8000)
    fail(`--${name} must be a whole number of pixels between 320 and 8000, not "${values[name]}"`);
}
const unknown = positionals.filter((id) => !chartIds.includes(id));
if (unknown.length) fail(`unknown chart id${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`);
const ids = values.all ? [...chartIds] : positionals;
if (!ids.length) fail("name at least one chart id, or --all");

// Type scale follows the slide: 1 at 960 px wide, 2 at 1920.
const scale = Math.max(1, Math.round((width / 960) * 10) / 10);
const out = String(values.out);
await mkdir(out, { recursive: true });
for (const id of ids) {
  const data = await chartData(requireChart(id).tables);
  const svg = await chartSvg(
    id,
    { width: width - Math.round(48 * scale), scale, theme: theme as "light" | "dark", fitWidth: width, height },
    data,
  );
  const file = join(out, `${id}${theme === "dark" ? "-dark" : ""}.${format}`);
  await writeFile(file, format === "svg" ? svg : await svgToPng(svg));
  console.log(file);
}
