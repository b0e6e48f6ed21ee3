/**
 * The charting package as modules for the site's pages, built by esbuild with
 * Observable Plot and the parts of d3 it uses, tree-shaken and minified:
 *
 * - docs/_generated/btc.js, the whole package (src/index.ts): the data and
 *   embed pages;
 * - docs/_generated/lib.js, the same with Observable Plot (src/lib.ts): the
 *   stable analysis module, /lib/beyond-the-capitals.js (docs/lib/[name].js),
 *   which /explore and the notebooks import;
 * - docs/_generated/pages/<page>.js, a story page's own bundle: only the names
 *   the page imports from it, and a registry of only the page's charts, so
 *   the page carries only the code its charts need.
 *
 * `npm run build` writes them once; `npm run dev` rebuilds them on every change
 * to src/, so edits show up live.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type BuildOptions, build, context, type Plugin } from "esbuild";

const COMMON: BuildOptions = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
};

export const LIBRARY: BuildOptions = { ...COMMON, entryPoints: ["src/index.ts"], outfile: "docs/_generated/btc.js" };

export const ANALYSIS: BuildOptions = { ...COMMON, entryPoints: ["src/lib.ts"], outfile: "docs/_generated/lib.js" };

/** The address a story page imports its bundle from, relative to the page. */
export const pageBundle = (story: string) => `./_generated/pages/${story}.js`;

/** The names a page imports from its bundle: `const {a, b} = await import("./_generated/pages/<page>.js")`. */
export function importedNames(markdown: string, story: string): string[] {
  const path = pageBundle(story).replaceAll(".", "\\.").replaceAll("/", "\\/");
  const match = new RegExp(`const \\{([^}]*)\\} = await import\\("${path}"\\)`).exec(markdown);
  if (!match) throw new Error(`docs/${story}.md: no "const {…} = await import("${pageBundle(story)}")"`);
  return (match[1] ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Each chart module's specs, by the id of the chart they define: what a page registry imports. */
async function specModules(): Promise<Map<string, { file: string; name: string }>> {
  const { charts } = await import("../../src/registry.js");
  const { readdir } = await import("node:fs/promises");
  const found = new Map<string, { file: string; name: string }>();
  for (const file of (await readdir("src/charts")).filter((f) => f.endsWith(".ts"))) {
    const path = resolve("src/charts", file);
    const module = (await import(path)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const chart = charts.find((c) => c === value);
      if (chart) found.set(chart.id, { file: path, name });
    }
  }
  return found;
}

/** Resolves the registry to a virtual one of the page's charts alone (its claims are cards, not charts). */
function pageRegistry(
  story: string,
  pageCharts: (page: string) => readonly { id: string }[],
  modules: Map<string, { file: string; name: string }>,
): Plugin {
  const page = story === "index" ? "/" : `/${story}`;
  const specs = pageCharts(page).map((c) => modules.get(c.id));
  if (specs.some((s) => !s)) throw new Error(`${story}: a chart of the page has no spec module`);
  const contents = [
    `import { makeRegistry } from ${JSON.stringify(resolve("src/registry-core.ts"))};`,
    ...specs.map((s, i) => `import { ${s?.name} as c${i} } from ${JSON.stringify(s?.file)};`),
    `export const { charts, chartIds, chartById, requireChart, renderChart, pageCharts, stateDefaults } = makeRegistry([${specs.map((_, i) => `c${i}`).join(", ")}]);`,
  ].join("\n");
  return {
    name: "page-registry",
    setup(b) {
      b.onResolve({ filter: /(^|\/)registry\.js$/ }, (args) =>
        args.importer.startsWith(resolve("src"))
          ? { path: `registry:${story}`, namespace: "page-registry" }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "page-registry" }, () => ({
        contents,
        loader: "ts",
        resolveDir: resolve("src"),
      }));
    },
  };
}

/** A story page's bundle: the names it imports, with its own registry. */
async function pageBundles(): Promise<BuildOptions[]> {
  const { pageCharts } = await import("../../src/registry.js");
  const { stories } = await import("../../loaders/story.js");
  const modules = await specModules();
  return Promise.all(
    stories.map(async (story) => {
      const names = importedNames(await readFile(join("docs", `${story}.md`), "utf8"), story);
      return {
        ...COMMON,
        stdin: {
          contents: `export { ${names.join(", ")} } from ${JSON.stringify(resolve("src/index.ts"))};`,
          resolveDir: resolve("."),
          loader: "ts",
          sourcefile: `${story}-page.ts`,
        },
        outfile: join("docs", "_generated", "pages", `${story}.js`),
        plugins: [pageRegistry(story, pageCharts, modules)],
      } satisfies BuildOptions;
    }),
  );
}

export async function bundleLibrary(): Promise<void> {
  await Promise.all([LIBRARY, ANALYSIS, ...(await pageBundles())].map((options) => build(options)));
}

/** Rebuilds the bundles whenever src/ changes; returns a function that stops watching. */
export async function watchLibrary(): Promise<() => Promise<void>> {
  const contexts = await Promise.all([LIBRARY, ANALYSIS, ...(await pageBundles())].map((options) => context(options)));
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  return async () => {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  };
}
