/**
 * What a story page loads to draw its charts and tables, in one request: its
 * tables without the long `note` column (the published tables at
 * /data/<name>.csv|json keep it, and the provenance panel loads those when it
 * opens), and the short citations of only the sources those rows cite. A third or less of the bytes of the full
 * tables and bibliography, which every page used to load.
 */
import { charts, pageCharts } from "../src/registry.js";
import { citedIds, type SourceRow } from "../src/sources.js";
import { type LoadOptions, readTidy } from "./load.js";

/** Tables a story file never carries: the citations stand for the sources, and the base map is loaded apart. */
const APART = new Set(["sources", "geography"]);

/** A story page's file name in docs/ ("index", "takeovers") from the path its charts name ("/", "/takeovers"). */
const storyOf = (page: string) => (page === "/" ? "index" : page.slice(1));

/** The story pages: every page a chart belongs to, by file name. */
export const stories: readonly string[] = [...new Set(charts.map((chart) => storyOf(chart.page)))];

/** The tables a story page's charts draw from (their registry entries say which). */
export function storyTables(story: string): string[] {
  const page = charts.find((chart) => storyOf(chart.page) === story)?.page;
  if (!page) throw new Error(`no story "${story}"; stories: ${stories.join(", ")}`);
  return [...new Set(pageCharts(page).flatMap((chart) => chart.tables))].filter((t) => !APART.has(t));
}

type Row = Record<string, unknown>;

/** The page's tables by name, without notes, and `citations`: the cited sources, as captions name them. */
export async function storyData(story: string, options: LoadOptions = {}): Promise<Record<string, unknown[]>> {
  const data: Record<string, unknown[]> = {};
  const ids = new Set<string>();
  for (const name of storyTables(story)) {
    const rows = await readTidy<Row>(name, options);
    data[name] = rows.map(({ note: _note, ...rest }) => rest);
    for (const id of citedIds(rows)) ids.add(id);
  }
  const sources = await readTidy<SourceRow>("sources", options);
  // A caption names a source by its author, else its publisher, else its title (shortCitation): the title only where it is needed.
  data.citations = sources
    .filter((s) => ids.has(s.id))
    .map(({ id, author, title, year, publisher }) => ({
      id,
      author,
      title: author || publisher ? "" : title,
      year,
      publisher,
    }));
  return data;
}
