/**
 * What a story page loads to draw its charts and tables, in one request: its
 * tables without the long `note` column (the published tables at
 * /data/<name>.csv|json keep it) and the short citations of only the sources
 * those rows cite. A third or less of the bytes of the full tables and
 * bibliography, which every page used to load.
 */
import type { SourceRow } from "../src/sources.js";
import { type LoadOptions, readTidy } from "./load.js";

/** Each story page (by its file name in docs/) and the tables it draws from. */
export const STORY_TABLES = {
  index: ["events"],
  takeovers: ["takeovers"],
  sovereignty: ["sovereignty"],
  money: ["ruble-derived", "ruble", "money", "exchange-events", "events"],
} as const;

export type Story = keyof typeof STORY_TABLES;

export const stories = Object.keys(STORY_TABLES) as Story[];

type Row = Record<string, unknown>;

/** The source ids a row cites (its `sources` column, ids separated by ";"). */
function cited(row: Row): string[] {
  return typeof row.sources === "string" ? row.sources.split(";").filter(Boolean) : [];
}

/** The page's tables by name, without notes, and `citations`: the cited sources, as captions name them. */
export async function storyData(story: Story, options: LoadOptions = {}): Promise<Record<string, unknown[]>> {
  const data: Record<string, unknown[]> = {};
  const ids = new Set<string>();
  for (const name of STORY_TABLES[story]) {
    const rows = await readTidy<Row>(name, options);
    data[name] = rows.map(({ note: _note, ...rest }) => rest);
    for (const row of rows) for (const id of cited(row)) ids.add(id);
  }
  const sources = await readTidy<SourceRow>("sources", options);
  data.citations = sources
    .filter((s) => ids.has(s.id))
    .map(({ id, author, title, year, publisher }) => ({ id, author, title, year, publisher }));
  return data;
}
