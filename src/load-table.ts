/**
 * Loading the site's published tables from anywhere: a page of the site, a
 * notebook, another site. Each table is published at `<site>/data/<name>.json`
 * (the tidy rows, as the charts use them); `tableLoader` binds a function to
 * one site's `/data/` folder, and the stable module (`/lib/beyond-the-capitals.js`)
 * binds it to the site it was loaded from.
 */

/** Options for {@link LoadTable}. */
export interface LoadTableOptions {
  /**
   * The folder the tables are fetched from: a site's `/data/` address
   * (`https://example.org/data/`), or the site's root (`https://example.org/`),
   * to which `data/` is added. Defaults to the site the loader was made for.
   */
  base?: string | URL;
  /** The fetch to use (a test's, or one that adds credentials); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** Fetches one published table's rows: `loadTable("takeovers")`. */
export type LoadTable = <T = Record<string, unknown>>(name: string, options?: LoadTableOptions) => Promise<T[]>;

/** A table's name as published: lower case, digits and hyphens (`ruble-derived`). */
const TABLE_NAME = /^[a-z][a-z0-9-]*$/;

/** The `/data/` folder for a base given as a data folder or as a site root. */
export function dataFolder(base: string | URL): URL {
  const url = new URL(base);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.pathname.endsWith("/data/") ? url : new URL("data/", url);
}

/**
 * A `loadTable` bound to one site: `tableLoader("https://example.org/data/")`.
 * A table that cannot be fetched, or is not a list of rows, is an error that
 * names its address.
 */
export function tableLoader(defaultBase: string | URL): LoadTable {
  return async <T>(name: string, { base = defaultBase, fetch = globalThis.fetch }: LoadTableOptions = {}) => {
    if (!TABLE_NAME.test(name))
      throw new Error(`"${name}" is not a table name: names are like "takeovers" or "ruble-derived" (see /data)`);
    const url = new URL(`${name}.json`, dataFolder(base));
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(
        `could not load the ${name} table from ${url.href} (HTTP ${response.status})${response.status === 404 ? ": no such table there (the tables are listed at /data)" : ""}`,
      );
    const rows: unknown = await response.json();
    if (!Array.isArray(rows)) throw new Error(`${url.href} is not a table (a list of rows)`);
    return rows as T[];
  };
}
