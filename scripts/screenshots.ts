/**
 * npm run screenshots [-- /path ...]: serves dist/ and saves a light and a
 * dark screenshot of each page to screenshots/, to look at what readers see.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { launch, showWholePage } from "./lib/browser.js";
import { serve } from "./lib/serve.js";

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/", "/takeovers", "/sovereignty", "/money", "/data"];
const out = "screenshots";
await mkdir(out, { recursive: true });
const server = await serve("dist");
const browser = await launch();
try {
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    for (const path of paths) {
      await page.goto(server.url + path);
      await showWholePage(page);
      const file = join(out, `${path === "/" ? "index" : path.slice(1).replaceAll("/", "-")}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
