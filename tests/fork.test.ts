/**
 * Forking, without a browser: the table loader of the analysis module, and the
 * notebooks' offline rewriting of Notebook Kit's CDN addresses.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { LIB_PATH } from "../build/lib.js";
import { LOCAL_LIBRARIES, libraryOf, notebookFiles, offlineImports, publishedSource } from "../build/notebooks.js";
import { dataFolder, tableLoader } from "../src/load-table.js";

/** A fetch that answers from a map of addresses, and records what was asked. */
function fakeFetch(answers: Record<string, unknown>, asked: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    return url in answers
      ? new Response(JSON.stringify(answers[url]), { status: 200 })
      : new Response("not found", { status: 404 });
  }) as typeof fetch;
}

describe("loadTable", () => {
  it("fetches /data/<name>.json from the site it was made for, or from another base", async () => {
    const asked: string[] = [];
    const fetch = fakeFetch(
      {
        "https://site.example/data/takeovers.json": [{ city: "Kazan" }],
        "https://mirror.example/btc/data/takeovers.json": [{ city: "Omsk" }],
      },
      asked,
    );
    const loadTable = tableLoader("https://site.example/data/");
    expect(await loadTable("takeovers", { fetch })).toEqual([{ city: "Kazan" }]);
    // A site's root or its data folder, with or without the trailing slash.
    expect(await loadTable("takeovers", { fetch, base: "https://mirror.example/btc/" })).toEqual([{ city: "Omsk" }]);
    expect(await loadTable("takeovers", { fetch, base: "https://mirror.example/btc/data" })).toEqual([
      { city: "Omsk" },
    ]);
    expect(asked).toEqual([
      "https://site.example/data/takeovers.json",
      "https://mirror.example/btc/data/takeovers.json",
      "https://mirror.example/btc/data/takeovers.json",
    ]);
    expect(dataFolder("https://a.example").href).toBe("https://a.example/data/");
  });

  it("names the address and the status when a table is missing, and refuses what is not a table name or not a table", async () => {
    const fetch = fakeFetch({ "https://site.example/data/geography.json": { type: "FeatureCollection" } });
    const loadTable = tableLoader("https://site.example/data/");
    await expect(loadTable("takeover", { fetch })).rejects.toThrow(
      "could not load the takeover table from https://site.example/data/takeover.json (HTTP 404): no such table there",
    );
    await expect(loadTable("../secrets", { fetch })).rejects.toThrow('"../secrets" is not a table name');
    await expect(loadTable("geography", { fetch })).rejects.toThrow("is not a table (a list of rows)");
  });
});

describe("the notebooks, offline", () => {
  it("reads a library from a CDN address or an npm: specifier", () => {
    expect(libraryOf("https://cdn.jsdelivr.net/npm/@observablehq/plot/+esm")).toEqual({
      name: "@observablehq/plot",
      path: "",
    });
    expect(libraryOf("https://cdn.jsdelivr.net/npm/apache-arrow@17.0.0/+esm")).toEqual({
      name: "apache-arrow",
      path: "",
    });
    expect(libraryOf("npm:d3@7/dist/d3.min.js")).toEqual({ name: "d3", path: "dist/d3.min.js" });
    expect(libraryOf("./local.js")).toBeUndefined();
  });

  it("turns Notebook Kit's CDN imports into node_modules imports or a failing module, and no address is left", async () => {
    const source = await readFile(
      "node_modules/@observablehq/notebook-kit/dist/src/runtime/stdlib/recommendedLibraries.js",
      "utf8",
    );
    const out = offlineImports(source);
    expect(out).not.toContain("cdn.jsdelivr.net");
    expect(out).toContain('import("@observablehq/plot")');
    expect(out).toContain('import("d3")');
    expect(out).toContain('import("virtual:btc-unavailable/lodash")');
    const wasm = offlineImports(
      'await e.default("https://cdn.jsdelivr.net/npm/parquet-wasm/esm/parquet_wasm_bg.wasm")',
    );
    expect(wasm).toBe('await e.default("unavailable-offline:parquet-wasm/esm/parquet_wasm_bg.wasm")');
    expect(LOCAL_LIBRARIES).toContain("@observablehq/inputs");
  });

  it("publishes each notebook's file with the analysis module at the site's address", async () => {
    const files = await notebookFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const html = await readFile(file, "utf8");
      expect(html, file).toContain('from "beyond-the-capitals"');
      const published = publishedSource(html, "https://site.example/btc/");
      expect(published, file).toContain(`from "https://site.example/btc${LIB_PATH}"`);
      expect(published, file).not.toContain('from "beyond-the-capitals"');
      expect(publishedSource(html, ""), file).toContain(`from "${LIB_PATH}"`);
    }
  });
});
