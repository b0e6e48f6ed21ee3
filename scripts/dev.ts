/**
 * npm run dev: the Framework preview server with live reload that also follows
 * data/, loaders/ and src/.
 *
 * Framework re-runs a data loader only when the loader file itself changes.
 * When a CSV or a pipeline module changes, this touches docs/data/*.ts so the
 * preview re-runs the loaders and reloads the page. Pages reach src/ through
 * docs/_generated/btc.js, which esbuild rebuilds here on every change to src/
 * and the preview, which watches what pages import, then reloads.
 */
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { readdir, utimes } from "node:fs/promises";
import { join } from "node:path";
import { watchLibrary } from "./lib/bundle.js";

const LOADERS = join("docs", "data");

async function touchLoaders(reason: string): Promise<void> {
  const now = new Date();
  const files = (await readdir(LOADERS)).filter((f) => /\.(ts|js)$/.test(f));
  await Promise.all(files.map((f) => utimes(join(LOADERS, f), now, now)));
  console.log(`[dev] ${reason} changed: re-running ${files.length} data loaders`);
}

let timer: NodeJS.Timeout | undefined;
for (const dir of ["data", "loaders", "src"]) {
  watch(dir, { recursive: true }, (_event, file) => {
    clearTimeout(timer);
    timer = setTimeout(() => void touchLoaders(join(dir, String(file ?? ""))), 150);
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
