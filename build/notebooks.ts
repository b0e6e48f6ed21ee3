/**
 * The notebooks (notebooks/*.html), Observable Notebook Kit files, previewed
 * (`npm run notebooks`) and built into the site (`npm run build`) by Vite with
 * Notebook Kit's own configuration and plugin, plus `offlineNotebooks()`:
 *
 * - Notebook Kit turns `npm:` imports and its built-in libraries (Plot,
 *   Inputs, d3, htl…) into addresses on a CDN, and its Inputs stylesheet
 *   `@import`s the CDN. This plugin maps each to the copy in node_modules, so
 *   Vite bundles it; a library the project does not have (DuckDB, Leaflet…)
 *   becomes a module that fails with a message saying so, never a request to
 *   another host.
 * - `import … from "beyond-the-capitals"` is the site's analysis module: in the
 *   preview, the package's source (src/lib.ts), with the tables served at
 *   /data/ by the site's own data loaders; in the site, /lib/beyond-the-capitals.js.
 *
 * The built site carries each notebook at /notebooks/<name> and its file, to
 * download and open in Notebook Kit or Observable Desktop, at
 * /notebooks/source/<name>.html, with the module's address made absolute
 * (BTC_SITE_URL, or the reader's own site when downloaded from a page).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Alias, InlineConfig, Plugin, ViteDevServer } from "vite";
import { LIB_NAME, LIB_PATH } from "./lib.js";
import { unlessStamped } from "./stamp.js";
import { notebookInputs } from "./step-inputs.js";

const run = promisify(execFile);

/** The notebooks' folder, and the template every notebook page is built into. */
export const NOTEBOOKS = "notebooks";
const TEMPLATE = join(NOTEBOOKS, "template.html");

/** Where the last build of the notebooks is kept, with the hash of what it read (build/stamp.ts). */
const NOTEBOOK_CACHE = join("node_modules", ".cache", "beyond-the-capitals", "notebooks");

/** The CDN Notebook Kit loads libraries from; nothing may be fetched from it. */
const CDN = "https://cdn.jsdelivr.net/npm/";

/** Libraries a notebook may use, as the project has them in node_modules (Notebook Kit's names). */
export const LOCAL_LIBRARIES = [
  "@observablehq/plot",
  "@observablehq/inputs",
  "d3",
  "d3-dsv",
  "htl",
  "arquero",
  "topojson-client",
] as const;

/** Notebook Kit's wrappers of libraries the project does not have; each fails, when used, with a message. */
const UNAVAILABLE_WRAPPERS =
  /\/notebook-kit\/dist\/src\/runtime\/stdlib\/(dot|duckdb|leaflet|mapboxgl|mermaid|tex|vega-lite|xlsx|zip)\.js$/;

const UNAVAILABLE_ID = "virtual:btc-unavailable/";

/** A library's name and path from a CDN address or an `npm:` specifier: `@observablehq/plot/+esm` → ["@observablehq/plot", ""]. */
export function libraryOf(specifier: string): { name: string; path: string } | undefined {
  const rest = specifier.startsWith(CDN)
    ? specifier.slice(CDN.length)
    : specifier.startsWith("npm:")
      ? specifier.slice(4)
      : undefined;
  if (rest === undefined) return undefined;
  const parts = rest.split("/");
  const scoped = rest.startsWith("@");
  const nameRange = (scoped ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
  const at = nameRange.indexOf("@", 1);
  const name = at > 0 ? nameRange.slice(0, at) : nameRange;
  const path = parts
    .slice(scoped ? 2 : 1)
    .filter((p) => p !== "+esm")
    .join("/");
  return { name, path };
}

function unavailable(name: string): string {
  return `throw new Error(${JSON.stringify(`${name} is not available in these notebooks: they run offline, with the libraries the project has (${LOCAL_LIBRARIES.join(", ")}). Add it to package.json and to LOCAL_LIBRARIES in build/notebooks.ts.`)});\n`;
}

/** Where the preview serves the site's tables from: the site's data loaders, run on demand. */
async function previewTable(file: string): Promise<string> {
  const exact = join("docs", "data", `${file}.ts`);
  const match = /^([a-z0-9-]+)\.(json|csv)$/.exec(file);
  if (existsSync(exact)) return (await run("npx", ["tsx", exact], { maxBuffer: 256 << 20 })).stdout;
  if (!match) throw new Error(`no table at /data/${file}`);
  const loader = join("docs", "data", `[table].${match[2]}.ts`);
  return (await run("npx", ["tsx", loader, `--table=${match[1]}`], { maxBuffer: 256 << 20 })).stdout;
}

/** Options for {@link offlineNotebooks}. */
export interface OfflineOptions {
  /** "preview": the module from src/ and the tables from the loaders; "build": the site's own addresses. */
  mode: "preview" | "build";
  /** The analysis module's address in a build (default: the site's, /lib/beyond-the-capitals.js). */
  lib?: string;
}

/**
 * A module's CDN imports as imports of node_modules (`"htl"`), or of a module
 * that fails with a message for a library the project does not have; any other
 * CDN address in Notebook Kit's code (a WebAssembly file) becomes one that is
 * never fetched. Done to the code, not in resolveId, because the preview
 * leaves URL imports alone and pre-bundles dependencies outside the plugins.
 */
export function offlineImports(code: string): string {
  return code
    .replace(
      /(import\(\s*|from\s*)(["'`])(https:\/\/cdn\.jsdelivr\.net\/npm\/[^"'`]*)\2/g,
      (whole, before: string, quote: string, address: string) => {
        const library = libraryOf(address);
        if (!library) return whole;
        const local = (LOCAL_LIBRARIES as readonly string[]).includes(library.name);
        const specifier = local
          ? library.path
            ? `${library.name}/${library.path}`
            : library.name
          : `${UNAVAILABLE_ID}${library.name}`;
        return `${before}${quote}${specifier}${quote}`;
      },
    )
    .replace(
      /(["'`])https:\/\/cdn\.jsdelivr\.net\/npm\/([^"'`]*)\1/g,
      (_, quote: string, path: string) => `${quote}unavailable-offline:${path}${quote}`,
    );
}

/** The Vite plugin that keeps notebooks offline and gives them the analysis module (see the file's comment). */
export function offlineNotebooks({ mode, lib = LIB_PATH }: OfflineOptions): Plugin {
  const root = resolve(".");
  const preview = "\0btc-lib";
  return {
    name: "btc-offline-notebooks",
    enforce: "pre",
    resolveId(source) {
      if (source === LIB_NAME)
        return mode === "build" ? { id: lib, external: true } : { id: preview, moduleSideEffects: false };
      // A downloaded file built without the site's address names the module root-relative: the site's own.
      if (source.startsWith("/lib/"))
        return mode === "build" ? { id: source, external: true } : { id: preview, moduleSideEffects: false };
      if (source.startsWith(UNAVAILABLE_ID)) return `\0${source}`;
      // A cell's npm: import (Notebook Kit's alias to the CDN is left out, notebookConfig).
      if (source.startsWith("npm:"))
        return this.resolve(offlineImports(`from "${CDN}${source.slice(4)}"`).slice(6, -1));
      return undefined;
    },
    load(id) {
      if (id.startsWith(`\0${UNAVAILABLE_ID}`)) return unavailable(id.slice(UNAVAILABLE_ID.length + 1));
      if (UNAVAILABLE_WRAPPERS.test(id)) return unavailable(basename(id, ".js"));
      if (id === preview) {
        const source = JSON.stringify(join(root, "src", "lib.ts"));
        return `export * from ${source};\nimport { forSite } from ${source};\nexport const { loadTable, loadChartData, render } = forSite(new URL("/data/", location.href));\n`;
      }
      return undefined;
    },
    transform(code, id) {
      if (!code.includes(CDN)) return undefined;
      // The Inputs stylesheet @imports the CDN: the same file from node_modules instead.
      if (/\/notebook-kit\/dist\/src\/runtime\/stdlib\/inputs\.css$/.test(id))
        return code.replace(`${CDN}@observablehq/inputs/dist/index.css`, "@observablehq/inputs/dist/index.css");
      // The sample datasets live on the CDN: asking for one says so instead.
      if (/\/notebook-kit\/dist\/src\/runtime\/stdlib\/sampleDatasets\.js$/.test(id))
        code = code.replace(
          /return `https:\/\/cdn\.jsdelivr\.net\/npm\/@observablehq\/sample-datasets\/\$\{name\}`;/,
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the replacement is code, with a template literal of its own
          "throw new Error(`the sample dataset ${name} is not available in these notebooks: they run offline`);",
        );
      return offlineImports(code);
    },
    configureServer(server) {
      // The tables at /data/, made by the site's data loaders (cached until data/ or loaders/ change).
      const cache = new Map<string, Promise<string>>();
      server.watcher.add([resolve("data"), resolve("loaders")]);
      server.watcher.on("change", (file) => {
        if (file.startsWith(resolve("data")) || file.startsWith(resolve("loaders"))) cache.clear();
      });
      server.middlewares.use("/data", (request, response: ServerResponse, next) => {
        const file = (request.url ?? "").replace(/^\//, "").replace(/[?#].*$/, "");
        if (!/^[a-z0-9-]+\.(json|csv)$/.test(file)) return next();
        if (!cache.has(file)) cache.set(file, previewTable(file));
        (cache.get(file) as Promise<string>).then(
          (body) => {
            response.setHeader("content-type", file.endsWith(".json") ? "application/json" : "text/csv");
            response.end(body);
          },
          (error: Error) => {
            cache.delete(file);
            response.statusCode = 404;
            response.end(error.message);
          },
        );
      });
    },
  };
}

/** Notebook Kit's Vite configuration, with `npm:` imports left to {@link offlineNotebooks} rather than the CDN. */
async function notebookConfig(root: string, options: OfflineOptions): Promise<InlineConfig> {
  // Loaded here, not on import: a warm build that reuses the last notebooks (buildNotebooks) never needs Vite.
  const { config, observable } = await import("@observablehq/notebook-kit/vite");
  const base = config() as InlineConfig;
  const alias = (base.resolve?.alias as Alias[] | undefined) ?? [];
  return {
    ...base,
    configFile: false,
    root,
    logLevel: "warn",
    resolve: {
      ...base.resolve,
      alias: [
        ...alias.filter((a) => String(a.find) !== String(/^(npm:.*)$/)),
        // The template's fonts, from the project's node_modules wherever the notebooks are (a copy in a temporary folder).
        {
          find: /^@fontsource-variable\/(.*)$/,
          replacement: join(resolve("node_modules"), "@fontsource-variable", "$1"),
        },
      ],
    },
    plugins: [
      offlineNotebooks(options),
      observable({
        template: resolve(TEMPLATE),
        // The template's links name the notebook's own file.
        transformTemplate: (html, context) => html.replaceAll("{{name}}", basename(context.filename, ".html")),
      }),
    ],
    server: { fs: { allow: [resolve(".")] } },
    // The preview pre-bundles dependencies (Notebook Kit's runtime among them) apart from the plugins.
    // The libraries the rewritten imports name are pre-bundled at the start, not found on a first visit
    // (which would reload the page as it loads its data).
    optimizeDeps: { include: [...LOCAL_LIBRARIES], rolldownOptions: { plugins: [offlineNotebooks(options)] } },
  };
}

/** The notebooks in a folder: every .html file but the template. */
export async function notebookFiles(root = NOTEBOOKS): Promise<string[]> {
  return (await readdir(root))
    .filter((f) => f.endsWith(".html") && f !== basename(TEMPLATE))
    .sort()
    .map((f) => resolve(root, f));
}

/** The analysis module's address in a notebook's file for download: absolute on `siteUrl`, else root-relative. */
export function publishedSource(html: string, siteUrl = process.env.BTC_SITE_URL ?? ""): string {
  const address = `${siteUrl.replace(/\/$/, "")}${LIB_PATH}`;
  return html.replaceAll(`from "${LIB_NAME}"`, `from "${address}"`);
}

/** Options for {@link buildNotebooks}. */
export interface BuildNotebooksOptions {
  /** The folder of notebooks (default notebooks/). */
  root?: string;
  /** Where the pages go (default dist/notebooks, beside the site). */
  out?: string;
  /** The analysis module's address (default the site's /lib/beyond-the-capitals.js). */
  lib?: string;
  /** Where the last build is kept for the next (default node_modules/.cache/beyond-the-capitals/notebooks). */
  cache?: string;
}

/**
 * Builds every notebook into `out` (`<name>.html` and its assets), and copies
 * each notebook's file to `out/source/<name>.html` for download. A built page
 * that still names the CDN fails the build. A warm build copies the last one
 * back instead while the notebooks, this file and the installed packages are
 * unchanged.
 */
export async function buildNotebooks({
  root = NOTEBOOKS,
  out = join(process.env.BTC_OUTPUT ?? "dist", "notebooks"),
  lib,
  cache = NOTEBOOK_CACHE,
}: BuildNotebooksOptions = {}): Promise<string[]> {
  const files = await notebookFiles(root);
  const names = files.map((f) => basename(f, ".html"));
  // Framework's build empties the site's folder: the last build is kept apart and copied back while nothing it read changed.
  const kept = join(cache, "site");
  const built = await unlessStamped(
    join(cache, "inputs.sha256"),
    notebookInputs(resolve(root), lib ?? LIB_PATH),
    async () => {
      const { build } = await import("vite");
      await build({
        ...(await notebookConfig(resolve(root), { mode: "build", lib })),
        base: "./",
        build: { outDir: resolve(out), emptyOutDir: true, rollupOptions: { input: files } },
      });
      await mkdir(join(out, "source"), { recursive: true });
      for (const file of files)
        await writeFile(join(out, "source", basename(file)), publishedSource(await readFile(file, "utf8")));
      const leaks: string[] = [];
      for (const entry of await readdir(out, { recursive: true, withFileTypes: true }))
        if (entry.isFile() && /\.(html|js|css)$/.test(entry.name) && entry.parentPath !== join(out, "source"))
          if ((await readFile(join(entry.parentPath, entry.name), "utf8")).includes("cdn.jsdelivr.net"))
            leaks.push(join(entry.parentPath, entry.name));
      if (leaks.length) throw new Error(`These notebook files still refer to the CDN:\n${leaks.join("\n")}`);
      await rm(cache, { recursive: true, force: true });
      await cp(out, kept, { recursive: true });
    },
  );
  if (!built) {
    await rm(out, { recursive: true, force: true });
    await cp(kept, out, { recursive: true });
  }
  return names;
}

/** Serves the notebooks with live reload: edits to a notebook, to src/ or to data/ show up. Returns the server. */
export async function previewNotebooks({ root = NOTEBOOKS, port = 5174 } = {}): Promise<ViteDevServer> {
  const { createServer } = await import("vite");
  const settings = await notebookConfig(resolve(root), { mode: "preview" });
  const server = await createServer({ ...settings, server: { ...settings.server, port } });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
  console.log(`The notebooks, with live reload (Ctrl-C to stop):`);
  for (const file of await notebookFiles(root)) console.log(`  ${url}${basename(file)}`);
  server.bindCLIShortcuts();
  return server;
}
