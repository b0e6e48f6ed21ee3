/**
 * Warm builds: what lets a step be skipped (build/stamp.ts), and the
 * notebooks' build, which a warm build copies back instead of running Vite.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNotebooks } from "../build/notebooks.js";
import { inputsHash, stamped, writeStamp } from "../build/stamp.js";

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
