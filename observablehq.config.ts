/**
 * Observable Framework configuration. The site is built offline: no global
 * stylesheet from a font host (pages use the reader's system font), and
 * libraries are imported by bare specifier from node_modules. `npm run build`
 * then rewrites each story page to start its scripts after its first paint
 * (scripts/after-build.ts).
 */

import { chartMetadataPaths } from "./build/chart-metadata.js";
import { staticCharts } from "./build/first-paint/markdown.js";
import { chartImagePaths } from "./build/images.js";
import { LIB_PATH, LIB_VERSION_PATH } from "./build/lib.js";
import { type SocialPage, socialMeta } from "./build/social.js";
import { derivedTables } from "./loaders/derived.js";
import { schemas } from "./loaders/tables/index.js";
import { chartIds } from "./src/registry.js";

/** Every published table at a stable address: /data/<name>.csv and /data/<name>.json. */
const tableFiles = [...schemas, ...derivedTables].flatMap(({ name }) => [`/data/${name}.csv`, `/data/${name}.json`]);

/**
 * Framework 1.13 has no option for the page language, labels its sidebar
 * toggle by title only and nests a <label> in the sidebar's <ol>; this fixes
 * all three before assistive technology reads the page. It is a module script
 * because a classic script here waits for the stylesheet and holds up the
 * parser (PERFORMANCE.md). A module runs once the page is parsed, before
 * DOMContentLoaded. Each page also gets its social-preview tags (build/social.ts).
 */
const head = (page: SocialPage) => `${socialMeta(page)}
<meta name="color-scheme" content="light dark">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<script type="module">
document.documentElement.lang = "en";
document.getElementById("observablehq-sidebar-toggle")?.setAttribute("aria-label", "Show or hide the list of pages");
const close = document.getElementById("observablehq-sidebar-close");
if (close?.parentElement?.tagName === "OL") close.parentElement.before(close);
</script>`;

const footer = `<p>Code: <a href="https://opensource.org/license/mit">MIT licence</a>. Data: <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>, with the sources each row cites (see <a href="./data">Data</a>).
Cite as: <em>Beyond the Capitals: the spread of Soviet power, 1917–1918</em> (2026), with the page address and the date you read it.</p>`;

export default {
  title: "Beyond the Capitals",
  root: "docs",
  // BTC_OUTPUT builds elsewhere (the hostile-text test builds a second site beside dist/).
  output: process.env.BTC_OUTPUT ?? "dist",
  // The default loads Source Serif from a third-party font host; this site uses the reader's system font.
  globalStylesheets: [],
  style: "style.css",
  pages: [
    { name: "Overview", path: "/" },
    { name: "Takeovers", path: "/takeovers" },
    { name: "Sovereignty", path: "/sovereignty" },
    { name: "Money and markets", path: "/money" },
    { name: "Data", path: "/data" },
    { name: "Explore", path: "/explore" },
    { name: "Present", path: "/present" },
    { name: "Embed and export", path: "/embed/" },
  ],
  head,
  footer,
  search: false,
  dynamicPaths: [
    ...tableFiles,
    "/data/geography.json",
    // Every claim with its verdict, for the claim charts' embeds and the deck.
    "/data/claims.json",
    "/data/datapackage.json",
    ...chartImagePaths(),
    // Each chart's metadata (title, sources, columns, licence, how to cite) and its schema.
    ...chartMetadataPaths(),
    // Embeds: a module and a chrome-less iframe page per chart.
    ...chartIds.flatMap((id) => [`/embed/${id}.js`, `/embed/${id}`]),
    // The stable analysis module, at an address that follows the site and one for this release.
    LIB_PATH,
    LIB_VERSION_PATH,
  ],
  toc: false,
  // Each chart's build-time drawing goes into the page's HTML, so it shows with the first paint.
  markdownIt: staticCharts(),
};
