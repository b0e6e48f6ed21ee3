/**
 * Warm builds: what lets a step be skipped (build/stamp.ts), and the
 * notebooks' build, which a warm build copies back instead of running Vite.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNotebooks } from "../build/notebooks.js";
import { inputsHash, type StepInputs, stamped, unlessStamped, writeStamp } from "../build/stamp.js";
import { drawingInputs, loaderInputs, notebookInputs } from "../build/step-inputs.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "btc-stamp-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("inputsHash and its stamp", () => {
  it("changes with a file's content, a new file, a missing path or a setting, and with nothing else", async () => {
    const folder = join(dir, "inputs");
    await cp("tests/fixtures/static", folder, { recursive: true });
    const file = join(dir, "one.txt");
    await writeFile(file, "a");
    const first = await inputsHash([folder, file], ["on"]);
    expect(await inputsHash([folder, file], ["on"])).toBe(first);
    await writeFile(file, "b");
    const edited = await inputsHash([folder, file], ["on"]);
    expect(edited).not.toBe(first);
    await writeFile(join(folder, "new.html"), "");
    const added = await inputsHash([folder, file], ["on"]);
    expect(added).not.toBe(edited);
    expect(await inputsHash([folder, file], ["off"])).not.toBe(added);
    expect(await inputsHash([folder, file, join(dir, "absent")], ["on"])).not.toBe(added);
  });

  it("is stamped only once written, with that hash", async () => {
    const stamp = join(dir, "cache", "inputs.sha256");
    expect(await stamped(stamp, "abc")).toBe(false);
    await writeStamp(stamp, "abc");
    expect(await stamped(stamp, "abc")).toBe(true);
    expect(await stamped(stamp, "abd")).toBe(false);
  });
});

describe("unlessStamped", () => {
  it("runs a step, skips it while its inputs and environment are unchanged, and runs it again after a change or a failure", async () => {
    const input = join(dir, "step-input.txt");
    await writeFile(input, "a");
    const stamp = join(dir, "step", "inputs.sha256");
    const inputs: StepInputs = { paths: [input], env: ["BTC_TEST_SETTING"] };
    let runs = 0;
    const step = async () => {
      runs++;
    };
    expect(await unlessStamped(stamp, inputs, step)).toBe(true);
    expect(await unlessStamped(stamp, inputs, step)).toBe(false);
    await writeFile(input, "b");
    expect(await unlessStamped(stamp, inputs, step)).toBe(true);
    process.env.BTC_TEST_SETTING = "other";
    try {
      expect(await unlessStamped(stamp, inputs, step)).toBe(true);
    } finally {
      delete process.env.BTC_TEST_SETTING;
    }
    expect(runs).toBe(3);
    // A step that fails leaves no stamp of its inputs: the next build runs it again.
    await writeFile(input, "c");
    await expect(unlessStamped(stamp, inputs, () => Promise.reject(new Error("drawing failed")))).rejects.toThrow(
      "drawing failed",
    );
    expect(await unlessStamped(stamp, inputs, step)).toBe(true);
  });
});

/**
 * What a step's code reads, found in its source: the project's modules it
 * imports (and whether it imports installed packages), the files it names
 * relative to a module (`new URL("../package.json", import.meta.url)`), and
 * the environment variables it reads.
 */
async function readBy(entryPoints: string[]): Promise<{ files: string[]; packages: boolean; env: string[] }> {
  const { metafile } = await build({
    entryPoints,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    write: false,
    metafile: true,
    logLevel: "silent",
    outdir: join(dir, "read-by"),
  });
  const modules = Object.keys(metafile.inputs).filter((path) => !path.startsWith("node_modules/"));
  const files = new Set(modules);
  const env = new Set<string>();
  let packages = false;
  for (const module of modules) {
    packages ||= metafile.inputs[module]?.imports.some((i) => i.external && !i.path.startsWith("node:")) ?? false;
    const source = await readFile(module, "utf8");
    for (const [, path] of source.matchAll(/new URL\("(\.[^"]+)", import\.meta\.url\)/g))
      files.add(relative(".", resolve(dirname(module), path ?? "")));
    for (const [, name] of source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)) env.add(name ?? "");
  }
  return { files: [...files], packages, env: [...env] };
}

/** What `read` finds that `inputs` leaves out: the misses that would leave a warm build stale. */
function missed(read: Awaited<ReturnType<typeof readBy>>, inputs: StepInputs, also: (file: string) => boolean) {
  const covered = (file: string) =>
    inputs.paths.some((path) => file === path || file.startsWith(`${path}${sep}`)) || also(file);
  return [
    ...read.files.filter((file) => !covered(file)),
    ...(read.packages && !inputs.paths.includes("package-lock.json") ? ["package-lock.json"] : []),
    // Where a step writes is not what it reads.
    ...read.env.filter((name) => name !== "BTC_OUTPUT" && !inputs.env?.includes(name)).map((name) => `env ${name}`),
  ];
}

describe("each skippable step's inputs", () => {
  it("cover what the pages' bundles and the drawings read", async () => {
    const read = await readBy(["scripts/lib/bundle.ts", "build/first-paint/drawings.ts"]);
    expect(missed(read, await drawingInputs("data"), () => false)).toEqual([]);
  });

  it("cover what Framework's data loaders read, beyond the loader file that keys Framework's own cache", async () => {
    const loaders = (await readdir("docs", { recursive: true }))
      .filter((f) => /^(data|charts)\/.*\.ts$/.test(f))
      .map((f) => join("docs", f));
    expect(loaders.length).toBeGreaterThan(10);
    const read = await readBy(loaders);
    expect(read.files).toContain("CITATION.cff");
    expect(missed(read, loaderInputs("data"), (file) => loaders.includes(file))).toEqual([]);
  });

  it("cover what the notebooks' build reads", async () => {
    const read = await readBy(["build/notebooks.ts"]);
    expect(missed(read, notebookInputs("notebooks", "/lib/x.js"), () => false)).toEqual([]);
  });

  it("are found wanting when a step reads something they leave out", async () => {
    const read = await readBy(["docs/charts/[name].json.ts"]);
    const inputs = loaderInputs("data");
    expect(missed(read, { ...inputs, paths: inputs.paths.filter((p) => p !== "CITATION.cff") }, () => false)).toContain(
      "CITATION.cff",
    );
    expect(missed(read, { ...inputs, env: [] }, () => false)).toContain("env BTC_SITE_URL");
  });
});

describe("buildNotebooks, warm", () => {
  it("copies the last build back while the notebooks are unchanged, and builds again when one changes", async () => {
    const root = join(dir, "notebooks");
    const out = join(dir, "site", "notebooks");
    const cache = join(dir, "notebook-cache");
    await cp("notebooks", root, { recursive: true });
    const names = await buildNotebooks({ root, out, cache });
    expect(names.length).toBeGreaterThan(0);
    const page = `${names[0]}.html`;
    // Mark the kept copy: only a copy, not a second Vite build, carries the mark into the site.
    await writeFile(join(cache, "site", page), `${await readFile(join(cache, "site", page), "utf8")}<!-- kept -->`);
    await rm(out, { recursive: true });
    expect(await buildNotebooks({ root, out, cache })).toEqual(names);
    expect(await readFile(join(out, page), "utf8")).toContain("<!-- kept -->");
    // An edited notebook is built again.
    const source = join(root, page);
    await writeFile(source, (await readFile(source, "utf8")).replace("</notebook>", "<!-- edited --></notebook>"));
    await buildNotebooks({ root, out, cache });
    expect(await readFile(join(out, page), "utf8")).not.toContain("<!-- kept -->");
    expect(await readFile(join(out, "source", page), "utf8")).toContain("<!-- edited -->");
  }, 120_000);
});
