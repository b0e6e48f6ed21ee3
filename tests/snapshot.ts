/**
 * Chart snapshots, normalised the way Observable Plot's own test suite does:
 * numbers rounded to two decimals and Plot's generated class names made
 * stable, so a snapshot changes only when the drawing does. On a mismatch the
 * new rendering is written beside the snapshot as `<name>-changed.html` for
 * review; a missing snapshot is written on first run (and fails under CI).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { JSDOM } from "jsdom";

const DIR = join("tests", "snapshots");

/** A fresh jsdom document to render charts into. */
export function newDocument(): Document {
  return new JSDOM("<!doctype html><html><body></body></html>").window.document;
}

export function normalize(html: string): string {
  return html
    .replace(/\d+\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/plot-[0-9a-f]{6}/g, "plot-d6a7b5")
    .replace(/><(?!\/)/g, ">\n<");
}

export async function matchSnapshot(name: string, element: Element): Promise<void> {
  const actual = `${normalize(element.outerHTML)}\n`;
  const file = join(DIR, `${name}.html`);
  const changed = join(DIR, `${name}-changed.html`);
  await mkdir(DIR, { recursive: true });
  if (!existsSync(file)) {
    if (process.env.CI === "true") throw new Error(`missing snapshot ${file}: run the tests locally and commit it`);
    await writeFile(file, actual);
    return;
  }
  const expected = await readFile(file, "utf8");
  if (expected === actual) {
    if (existsSync(changed)) await unlink(changed);
    return;
  }
  await writeFile(changed, actual);
  throw new Error(
    `${file} does not match the rendering; the new one is in ${changed} — review it and move it over if the change is intended`,
  );
}
