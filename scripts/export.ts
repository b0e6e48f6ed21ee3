/**
 * npm run export -- <id>... | --all [--format svg|png] [--theme light|dark]
 *                   [--width N] [--height N] [--out DIR]
 *                   [--date YYYY-MM-DD] [--calendar …] [--color-by …] [--definition …]
 *                   [--stack-by …] [--zone …] [--measure …]
 *
 * Renders charts for slides: by default a 16:9 slide (1920×1080) with type
 * large enough to read from the back of a room, as PNG, light theme, into
 * exports/, at each chart's default state, or at the state the options give
 * (the keys a page keeps in its address, spelled with hyphens). Unknown ids
 * and bad options are refused with the valid choices.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chartData } from "../build/chart-data.js";
import { slideImage, svgToPng } from "../build/images.js";
import { isValidDate } from "../src/calendar.js";
import { chartIds, requireChart } from "../src/registry.js";
import { STATE_CHOICES } from "../src/state.js";

/** Each state key as an option: `colorBy` is `--color-by`. */
const flag = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const STATE_KEYS = Object.keys(STATE_CHOICES) as (keyof typeof STATE_CHOICES)[];

const USAGE = `usage: npm run export -- <id>... | --all [--format svg|png] [--theme light|dark] [--width N] [--height N] [--out DIR]
       [--date YYYY-MM-DD] ${STATE_KEYS.map((k) => `[--${flag(k)} ${STATE_CHOICES[k].join("|")}]`).join(" ")}
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
      date: { type: "string" },
      ...Object.fromEntries(STATE_KEYS.map((k) => [flag(k), { type: "string" as const }])),
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
// The state: each choice one of its valid values, the date a real day.
const state: Record<string, string> = {};
for (const key of STATE_KEYS) {
  const value = values[flag(key)];
  if (value === undefined) continue;
  const choices = STATE_CHOICES[key] as readonly string[];
  if (!choices.includes(String(value))) fail(`unknown --${flag(key)} "${value}"; valid values: ${choices.join(", ")}`);
  state[key] = String(value);
}
if (values.date !== undefined) {
  if (!isValidDate(String(values.date)))
    fail(`--date must be a real day as YYYY-MM-DD (Gregorian), not "${values.date}"`);
  state.date = String(values.date);
}
const unknown = positionals.filter((id) => !chartIds.includes(id));
if (unknown.length) fail(`unknown chart id${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`);
const ids = values.all ? [...chartIds] : positionals;
if (!ids.length) fail("name at least one chart id, or --all");

const out = String(values.out);
await mkdir(out, { recursive: true });
for (const id of ids) {
  const data = await chartData(requireChart(id).tables);
  const { svg, text } = await slideImage(id, { ...state, width, height, theme: theme as "light" | "dark" }, data);
  const file = join(out, `${id}${theme === "dark" ? "-dark" : ""}.${format}`);
  await writeFile(file, format === "svg" ? svg : await svgToPng(svg, 1, text));
  console.log(file);
}
