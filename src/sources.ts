/** Source lines for captions, built from data/sources.csv rows. */

export interface SourceRow {
  id: string;
  author: string | null;
  title: string;
  year: number | null;
  publisher: string | null;
  url?: string | null;
}

/** "Pipes (1990)", or the publisher or title when there is no author. */
export function shortCitation(source: SourceRow): string {
  const who = source.author ?? source.publisher ?? source.title;
  return source.year ? `${who} (${source.year})` : who;
}

/** A source's full citation: author, title, year, publisher (the provenance panel's and the charts' metadata). */
export function fullCitation(source: SourceRow): string {
  return [source.author, source.title, source.year, source.publisher].filter(Boolean).join(", ");
}

/** Distinct source ids cited by rows whose `sources` column lists ids separated by ";". */
export function citedIds(rows: Iterable<{ sources?: unknown }>): string[] {
  const ids = new Set<string>();
  for (const row of rows)
    if (typeof row.sources === "string") for (const id of row.sources.split(";")) if (id) ids.add(id);
  return [...ids];
}

/**
 * "Sources: A (1990); B (2015) and 12 more." — the most-cited first, so the
 * line names what matters when it cannot name everything.
 */
export function sourceLine(
  rows: readonly { sources: string }[],
  sources: readonly SourceRow[] | undefined,
  max = 4,
): string {
  if (!sources?.length) return "";
  const counts = new Map<string, number>();
  for (const row of rows) for (const id of row.sources.split(";")) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => byId.get(id))
    .filter((s): s is SourceRow => s !== undefined);
  const names = [...new Set(cited.map(shortCitation))];
  const shown = names.slice(0, max).join("; ");
  const rest = names.length - max;
  return `Sources: ${shown}${rest > 0 ? ` and ${rest} more` : ""}.`;
}
