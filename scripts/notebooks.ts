/**
 * `npm run notebooks`: previews the notebooks in notebooks/ with live reload
 * (build/notebooks.ts). `tsx scripts/notebooks.ts build` builds them into the
 * site, as `npm run build` does last (scripts/after-build.ts).
 */
import { buildNotebooks, previewNotebooks } from "../build/notebooks.js";

const [command = "preview"] = process.argv.slice(2);
if (command === "build") {
  const built = await buildNotebooks();
  console.log(`${built.length} notebooks built into the site: ${built.map((n) => `/notebooks/${n}`).join(", ")}`);
} else if (command === "preview") {
  await previewNotebooks();
} else {
  console.error(`usage: tsx scripts/notebooks.ts [preview|build] (not "${command}")`);
  process.exit(2);
}
