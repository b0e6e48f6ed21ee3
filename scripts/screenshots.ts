/**
 * npm run screenshots [-- [--width=390,1280] /path ...]: serves dist/ and saves
 * a light and a dark full-page screenshot of each page, at each width (1280 px
 * by default), to screenshots/, to look at what readers see.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launch, showWholePage } from "./lib/browser.js";
import { serve } from "./lib/serve.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: "string", default: "1280" } },
});
const widths = String(values.width).split(",").map(Number);
if (widths.some((w) => !Number.isInteger(w) || w < 280 || w > 4000))
  throw new Error(
    `--width takes whole numbers of pixels between 280 and 4000, separated by commas, not "${values.width}"`,
  );
const paths = positionals.length ? positionals : ["/", "/takeovers", "/sovereignty", "/money", "/data"];
const out = "screenshots";
await mkdir(out, { recursive: true });
const server = await serve("dist");
const browser = await launch();
try {
  for (const colorScheme of ["light", "dark"] as const)
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const path of paths) {
        await page.goto(server.url + path);
        await showWholePage(page);
        const name = path === "/" ? "index" : path.slice(1).replace(/[/?&=]+/g, "-");
        const file = join(out, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
} finally {
  await browser.close();
  await server.close();
}
