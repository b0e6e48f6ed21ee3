/**
 * The charting package as one module for the site's pages: src/index.ts with
 * Observable Plot and the parts of d3 it uses, tree-shaken and minified by
 * esbuild into docs/_generated/btc.js. One request instead of about sixty, and
 * only the d3 a chart uses. `npm run build` writes it once; `npm run dev`
 * rebuilds it on every change to src/, so edits show up live.
 */
import { type BuildOptions, build, context } from "esbuild";

export const LIBRARY: BuildOptions = {
  entryPoints: ["src/index.ts"],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  outfile: "docs/_generated/btc.js",
  logLevel: "warning",
};

export async function bundleLibrary(): Promise<void> {
  await build(LIBRARY);
}

/** Rebuilds the library whenever src/ changes; returns a function that stops watching. */
export async function watchLibrary(): Promise<() => Promise<void>> {
  const ctx = await context(LIBRARY);
  await ctx.watch();
  return () => ctx.dispose();
}
