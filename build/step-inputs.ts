/**
 * What each step a warm build may skip reads (build/stamp.ts), stated once per
 * step. A list that misses something a step reads leaves its output stale
 * after that thing changes, so tests/stamp.test.ts checks each list against
 * the modules the step's code imports, the files it names and the environment
 * variables it reads.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { StepInputs } from "./stamp.js";

/** Read by every step's code: the installed packages, and the release and citation the outputs state. */
const PROJECT = ["package.json", "package-lock.json", "CITATION.cff"];

/**
 * The environment the loaders read: another data folder, and the public
 * address that makes the charts' metadata absolute. (Not the first-paint
 * switch: `npm run test:plain` flips it, and the loaders' cache is the slow
 * part of a cold build.)
 */
const LOADER_ENV = ["BTC_DATA_DIR", "BTC_SITE_URL"];

/**
 * The pages' bundles and the first-paint drawings (scripts/prepare.ts): the
 * package, the pipeline and the build's code, the bundler, the data, and the
 * pages (a story page's bundle holds what the page imports).
 */
export async function drawingInputs(data: string): Promise<StepInputs> {
  const pages = (await readdir("docs")).filter((f) => f.endsWith(".md")).map((f) => join("docs", f));
  return {
    paths: [data, "loaders", "build", "src", "scripts/lib/bundle.ts", ...PROJECT, ...pages],
    env: [...LOADER_ENV, "BTC_FIRST_PAINT"],
  };
}

/**
 * Framework's data loaders (docs/data/, docs/charts/): the code they import
 * and the data. Framework keys its cache on the loader file alone.
 */
export function loaderInputs(data: string): StepInputs {
  return { paths: [data, "loaders", "build", "src", ...PROJECT], env: LOADER_ENV };
}

/** The notebooks' Vite build (build/notebooks.ts): the notebooks, the build's code, and where the analysis module is. */
export function notebookInputs(root: string, lib: string): StepInputs {
  return { paths: [root, "build", ...PROJECT], env: ["BTC_SITE_URL"], settings: [root, lib] };
}
