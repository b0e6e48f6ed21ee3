/**
 * The rules every table follows, stated once in data/notes/rules.md, as HTML
 * for the /data page. Raw HTML in the notes is escaped, not passed through.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { DEFAULT_DATA_DIR } from "./load.js";

export async function rulesHtml(dataDir = DEFAULT_DATA_DIR): Promise<string> {
  const markdown = await readFile(join(dataDir, "notes", "rules.md"), "utf8");
  // The page has its own heading for the rules: the file's title is left out, its sections shift down one level.
  const body = markdown.replace(/^# .*\n/, "").replace(/^## /gm, "### ");
  return new MarkdownIt({ html: false, linkify: false }).render(body);
}
