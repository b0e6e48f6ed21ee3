/**
 * Starts a built page's scripts after its first paint.
 *
 * Framework writes each page's module into the head, with a
 * `<link rel="modulepreload">` for every module it imports. The browser starts
 * fetching and compiling them while it parses the page, on the same cores
 * that have to lay out and paint the page's first frame; held back, they no
 * longer compete with it (PERFORMANCE.md). The build-time drawings
 * (drawings.ts) are what the reader sees meanwhile.
 *
 * `afterPaint` rewrites one page of `dist/` that has build-time drawings
 * (scripts/after-build.ts runs it on every page after `observable build`):
 * - the page module keeps its place and text, with an inert type;
 * - the preload links leave the head;
 * - a small module after it (it imports nothing, so nothing is fetched
 *   for it) adds the preloads back and starts the page module once the first
 *   frame has been painted;
 * - under a permalink, a line before the stylesheet hides the drawings, which
 *   show the defaults, until the live charts replace them (`addressScript`).
 *
 * `npm run dev` serves pages as Framework writes them: this is a build step.
 */

import { FIRST_PAINT, WAITING_TYPE } from "../../src/first-paint.js";
import { ADDRESS_KEYS } from "../../src/state.js";

/** Framework's page module: the head's module script that imports `define` from its client. */
const MODULE = /<script type="module">(?:(?!<\/script>)[\s\S])*?import \{define\} from[\s\S]*?<\/script>\n?/g;

const PRELOAD = /<link rel="modulepreload" href="([^"]+)">\n?/g;

/** Where frames are held back (a hidden tab, an iframe out of view), the page starts after this many ms anyway. */
const FALLBACK_MS = 1000;

/** The page's own bundle, which its module imports on demand: `import("./_import/_generated/pages/<page>.<hash>.js")`. */
const PAGE_BUNDLE = /import\("(\.\/_import\/_generated\/pages\/[^"]+\.js)"\)/g;

/**
 * The data a story page's first cells fetch once its bundle is in: its data
 * file (`data/story/<page>.json`), the base map and its claims. (Files it
 * loads later, such as the full tables of the provenance panel, are left to
 * load when asked for.)
 */
const FIRST_DATA = /"path":"(\.\/_file\/data\/(?:story\/[a-z]+|geography|[a-z]+-claims)\.[0-9a-f]+\.json)"/g;

/**
 * The module that starts the page: a plain string, so the browser runs it
 * exactly as written. With the page module it fetches, at once and side by
 * side, what the page would otherwise ask for one after another: the module's
 * imports, the page's bundle, and its data file.
 */
function starter(preloads: readonly string[], data: readonly string[]): string {
  // Escaped so that no address can close the script element.
  const json = (list: readonly string[]) => JSON.stringify(list).replace(/</g, "\\u003c");
  const hrefs = json(preloads);
  return `<script type="module">
// The page's scripts start after the first paint (build/first-paint/after-paint.ts).
const start = () => {
  const waiting = document.querySelector('script[type="${WAITING_TYPE}"]');
  if (!waiting) return;
  for (const href of ${hrefs}) document.head.append(Object.assign(document.createElement("link"), {rel: "modulepreload", href}));
  for (const href of ${json(data)}) document.head.append(Object.assign(document.createElement("link"), {rel: "preload", as: "fetch", crossOrigin: "anonymous", href}));
  const script = document.createElement("script");
  script.type = "module";
  script.textContent = waiting.textContent;
  waiting.replaceWith(script);
};
setTimeout(start, ${FALLBACK_MS});
// A frame's animation callbacks run before it paints; a task queued from one runs after.
requestAnimationFrame(() => setTimeout(start));
</script>
`;
}

/**
 * A classic script for the head, before any stylesheet, so that it neither waits for one nor holds
 * the parser: under a permalink (`?date=…`) the build-time drawings show the defaults, not the linked
 * state, so docs/style.css hides them, in their place, until the live charts take it.
 */
function addressScript(): string {
  const keys = ADDRESS_KEYS.join("|");
  return `<script>if (/[?&](?:${keys})=/.test(location.search)) document.documentElement.classList.add("${FIRST_PAINT.addressState}");</script>\n`;
}

/** A build-time drawing (drawings.ts): what such a page shows before its scripts run. */
const DRAWING = `<div class="${FIRST_PAINT.drawing}" data-chart="`;

/**
 * One built page, with its scripts started after the first paint. `file` names
 * the page in errors. Returned as it is: a page already rewritten, and a page
 * with no build-time drawing (an embed, the data page), whose scripts draw what
 * it first shows, so that holding them back would only make it later. A page
 * without exactly one Framework page module is refused: Framework's output is
 * then not what this step was written for.
 */
export function afterPaint(html: string, file: string): string {
  if (html.includes(WAITING_TYPE) || !html.includes(DRAWING)) return html;
  const head = html.indexOf("</head>");
  if (head < 0) throw new Error(`${file}: no </head>: not a page Framework built`);
  const modules = [...html.slice(0, head).matchAll(MODULE)];
  if (modules.length !== 1)
    throw new Error(
      `${file}: expected one Framework page module in the head (<script type="module"> importing define), found ${modules.length}`,
    );
  const page = modules[0]?.[0] ?? "";
  const found = (pattern: RegExp) => [...new Set([...page.matchAll(pattern)].map((m) => m[1] ?? ""))];
  const preloads = [...html.slice(0, head).matchAll(PRELOAD)].map((m) => m[1] ?? "").concat(found(PAGE_BUNDLE));
  const waiting = page.replace('<script type="module">', `<script type="${WAITING_TYPE}">`);
  const start = html.indexOf("<link", html.indexOf("<head>"));
  const at = start >= 0 && start < head ? start : head;
  const before = `${html.slice(0, at)}${addressScript()}${html.slice(at, head)}`;
  return (
    before.replace(PRELOAD, "").replace(page, () => `${waiting}${starter(preloads, found(FIRST_DATA))}`) +
    html.slice(head)
  );
}
