/**
 * npm run dev: the Framework preview server with live reload that also follows
 * data/, loaders/ and src/.
 *
 * Framework re-runs a data loader only when the loader file itself changes.
 * When a CSV or a pipeline module changes, this touches docs/data/*.ts so the
 * preview re-runs the loaders and reloads the page. Pages reach src/ through
 * the bundles in docs/_generated/, which esbuild rebuilds here on every change to src/
 * and the preview, which watches what pages import, then reloads. The pages'
 * build-time drawings (build/first-paint/) are redrawn first.
 */
import { execFile, spawn } from "node:child_process";
import { watch } from "node:fs";
import { readdir, utimes } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { watchLibrary } from "./lib/bundle.js";

const run = promisify(execFile);
const LOADERS = [join("docs", "data"), join("docs", "charts")];

async function touchLoaders(reason: string): Promise<void> {
  const now = new Date();
  const files: string[] = [];
  for (const dir of LOADERS)
    for (const f of await readdir(dir, { recursive: true })) if (/\.(ts|js)$/.test(f)) files.push(join(dir, f));
  await Promise.all(files.map((f) => utimes(f, now, now)));
  console.log(`[dev] ${reason} changed: re-running ${files.length} data loaders`);
}

/**
 * Redraws the pages' build-time drawings, then re-runs the loaders (which
 * reloads the pages). In a fresh process: this one holds the src/ it started with.
 */
async function refresh(reason: string): Promise<void> {
  const draw = 'import("./build/first-paint/drawings.ts").then((m) => m.writeStaticCharts())';
  await run("npx", ["tsx", "--eval", draw]).catch((error) =>
    console.error(`[dev] drawings not redrawn: ${error.stderr ?? error.message}`),
  );
  await touchLoaders(reason);
}

let timer: NodeJS.Timeout | undefined;
for (const dir of ["data", "loaders", "build", "src"]) {
  watch(dir, { recursive: true }, (_event, file) => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(join(dir, String(file ?? ""))), 150);
  });
}

const stopLibrary = await watchLibrary();
const args = ["preview", ...process.argv.slice(2)];
const child = spawn("observable", args, { stdio: "inherit", shell: false });
child.on("exit", async (code) => {
  await stopLibrary();
  process.exit(code ?? 0);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
