/**
 * Runs after `observable build` (npm run build), which empties the site's
 * folder and writes the pages:
 *
 * 1. every page of the built site starts its scripts after its first paint
 *    (build/first-paint/after-paint.ts). Every page is checked before any is
 *    written; a page of an unexpected shape fails the build, naming each such
 *    file, and leaves the pages as Framework wrote them. Switched off with the
 *    first-paint layer (BTC_FIRST_PAINT=off);
 * 2. the notebooks are built into the site's notebooks/ folder
 *    (build/notebooks.ts; `tsx scripts/notebooks.ts build` does this alone).
 *
 * One script, not two, because each `tsx` start costs the build a second.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterPaint } from "../build/first-paint/after-paint.js";
import { firstPaint } from "../build/first-paint/switch.js";
import { buildNotebooks } from "../build/notebooks.js";

// The same output folder as observablehq.config.ts.
const root = process.env.BTC_OUTPUT ?? "dist";

async function startPagesAfterPaint(): Promise<void> {
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  const rewritten: [string, string][] = [];
  const problems: string[] = [];
  for (const file of files) {
    const path = join(root, file);
    try {
      const html = await readFile(path, "utf8");
      const after = afterPaint(html, path);
      if (after !== html) rewritten.push([path, after]);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    console.error(`\n${problems.length} page${problems.length === 1 ? "" : "s"} could not be rewritten; nothing was.`);
    process.exit(1);
  }
  for (const [path, html] of rewritten) await writeFile(path, html);
  console.log(`${rewritten.length} of ${files.length} pages start their scripts after the first paint.`);
}

if (firstPaint()) await startPagesAfterPaint();
else
  console.log("The first-paint layer is off (BTC_FIRST_PAINT=off): pages start their scripts as Framework wrote them.");

const built = await buildNotebooks();
console.log(`${built.length} notebooks built into the site: ${built.map((n) => `/notebooks/${n}`).join(", ")}`);
