/**
 * What lets a warm build skip a step: a content hash of everything the step
 * reads, kept in a stamp file beside its output. The step runs again only
 * when the hash differs from the stamp (or the stamp is gone).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/**
 * Content hash of files and folders (each folder's files, recursively, in a
 * fixed order), and of `settings` (environment values and options the step
 * also reads). A path that does not exist hashes as absent.
 */
export async function inputsHash(paths: readonly string[], settings: readonly string[] = []): Promise<string> {
  const hash = createHash("sha256");
  const add = async (path: string) =>
    hash
      .update(relative(".", path))
      .update("\0")
      .update(await readFile(path))
      .update("\0");
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) hash.update(`absent:${path}\0`);
    else if (info.isFile()) await add(path);
    else
      for (const entry of (await readdir(path, { recursive: true, withFileTypes: true })).sort((a, b) =>
        join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
      ))
        if (entry.isFile()) await add(join(entry.parentPath, entry.name));
  }
  for (const setting of settings) hash.update(`setting:${setting}\0`);
  return hash.digest("hex");
}

/** Whether `stamp` holds `hash`: the step that wrote it need not run again. */
export async function stamped(stamp: string, hash: string): Promise<boolean> {
  return existsSync(stamp) && (await readFile(stamp, "utf8")) === hash;
}

/** Records `hash` in `stamp`, once the step's output is complete. */
export async function writeStamp(stamp: string, hash: string): Promise<void> {
  await mkdir(dirname(stamp), { recursive: true });
  await writeFile(stamp, hash);
}

/** What a step reads: files and folders, the environment variables it reads, and other settings. */
export interface StepInputs {
  readonly paths: readonly string[];
  /** Names of environment variables: each is hashed with its value. */
  readonly env?: readonly string[];
  readonly settings?: readonly string[];
}

/**
 * Runs `step` unless `stamp` holds the hash of its inputs, and stamps it once
 * the step has finished: a step that fails leaves no stamp, and runs again the
 * next time. Returns whether it ran.
 */
export async function unlessStamped(
  stamp: string,
  { paths, env = [], settings = [] }: StepInputs,
  step: () => Promise<void>,
): Promise<boolean> {
  const hash = await inputsHash(paths, [...env.map((name) => `${name}=${process.env[name] ?? ""}`), ...settings]);
  if (await stamped(stamp, hash)) return false;
  await step();
  await writeStamp(stamp, hash);
  return true;
}
