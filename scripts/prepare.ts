/**
 * Runs before `observable build` and `observable preview` (npm run build/dev):
 *
 * 1. validates every table in data/, and stops — before anything is written to
 *    dist/ — naming every problem;
 * 2. seeds Framework's npm cache from node_modules, so the libraries its own
 *    client loads (d3-dsv for FileAttachment.csv, htl, isoformat) never come
 *    from a CDN;
 * 3. writes Framework's Inputs stylesheet for pages that import Inputs from
 *    node_modules;
 * 4. bundles the charting package for the pages (scripts/lib/bundle.ts);
 * 5. draws every chart, and every control above one, as the page first shows
 *    it, for the pages' HTML (build/first-paint/, unless BTC_FIRST_PAINT=off);
 * 6. clears Framework's data-loader cache when what the loaders read changed
 *    (the data, their code, the release, the build's settings): Framework keys
 *    that cache on the loader file alone.
 *
 * Steps 4 and 5 are skipped when nothing they read has changed since they last
 * ran (build/stamp.ts, build/step-inputs.ts): they are most of this script's
 * time in a warm build.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { firstPaint } from "../build/first-paint/switch.js";
import { unlessStamped } from "../build/stamp.js";
import { drawingInputs, loaderInputs } from "../build/step-inputs.js";
import { checkFiles, formatProblem, sortProblems } from "../loaders/index.js";
import { DEFAULT_DATA_DIR } from "../loaders/load.js";
import { bundleLibrary } from "./lib/bundle.js";

const root = "docs";
const cache = join(root, ".observablehq", "cache");

/** Framework's client imports these through `npm:`; pin them to node_modules. */
export const SEEDED_PACKAGES = ["d3-dsv", "htl", "isoformat"] as const;

async function validateData(): Promise<void> {
  const problems = sortProblems(await checkFiles([]));
  if (!problems.length) return;
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\nThe data have ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was built.`);
  process.exit(1);
}

/** A dependency's folder: some packages (htl) export neither package.json nor a require entry. */
function packageDir(name: string): string {
  return join("node_modules", name);
}

async function packageVersion(name: string): Promise<string> {
  return JSON.parse(await readFile(join(packageDir(name), "package.json"), "utf8")).version;
}

async function seedNpmCache(): Promise<void> {
  for (const name of SEEDED_PACKAGES) {
    const outfile = join(cache, "_npm", `${name}@${await packageVersion(name)}`, "_esm.js");
    if (existsSync(outfile)) continue;
    // esbuild resolves the package as a browser bundler would (its "import"/"module" entry).
    const stdin = { contents: `export * from ${JSON.stringify(name)};`, resolveDir: ".", loader: "js" as const };
    await build({
      stdin,
      bundle: true,
      format: "esm",
      platform: "browser",
      minify: true,
      outfile,
      logLevel: "warning",
    });
  }
}

/**
 * Framework's themed stylesheet for Inputs (light and dark), which it only
 * adds for `npm:` imports; pages import Inputs from node_modules instead.
 */
async function writeInputsStyles(): Promise<void> {
  const source = await readFile(
    join(packageDir("@observablehq/framework"), "dist", "client", "stdlib", "inputs.css"),
    "utf8",
  );
  // The same namespace substitution Framework applies (rollup.js, rewriteInputsNamespace).
  const out = join(root, "_generated", "inputs.css");
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, source.replace(/\b__ns__\b/g, "inputs-3a86ea"));
}

/**
 * Bundles the package and draws the first paint (steps 4 and 5), unless
 * nothing they read changed since they last ran (build/step-inputs.ts).
 */
async function bundleAndDraw(): Promise<void> {
  await unlessStamped(join(root, "_generated", "inputs.sha256"), await drawingInputs(DEFAULT_DATA_DIR), async () => {
    await bundleLibrary();
    if (firstPaint()) {
      // Loaded only when it draws: it brings jsdom and every chart with it.
      const { writeStaticCharts } = await import("../build/first-paint/drawings.js");
      await writeStaticCharts();
    }
  });
}

/** Clears Framework's loader cache (not its npm cache) when what the loaders read changed. */
async function invalidateLoaderCache(): Promise<void> {
  await unlessStamped(join(cache, "inputs.sha256"), loaderInputs(DEFAULT_DATA_DIR), async () => {
    for (const dir of await readdir(cache).catch(() => [] as string[]))
      if (dir !== "_npm" && dir !== "inputs.sha256") await rm(join(cache, dir), { recursive: true, force: true });
  });
}

await validateData();
await seedNpmCache();
await writeInputsStyles();
await bundleAndDraw();
await invalidateLoaderCache();
