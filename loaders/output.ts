/**
 * Step 4: the tidy table → published CSV and JSON, and the Framework data
 * loader entry point that writes them.
 */
import type { ColumnTable } from "arquero";
import { type LoadOptions, loadTable } from "./load.js";
import { formatProblem, isDataError } from "./problems.js";

export type Format = "csv" | "json";

/** RFC 4180 CSV with LF line ends and a final newline; blanks stay blank (arquero's writer). */
export function formatCsv(table: ColumnTable): string {
  return table.toCSV();
}

/** An array of row objects, one row per line so diffs stay readable. */
export function formatJson(table: ColumnTable): string {
  const rows = table.objects().map((row) => JSON.stringify(row));
  return rows.length ? `[\n${rows.join(",\n")}\n]\n` : "[]\n";
}

export function format(table: ColumnTable, as: Format): string {
  return as === "csv" ? formatCsv(table) : formatJson(table);
}

/**
 * What a Framework data loader (docs/data/<name>.<format>.ts) runs: the whole
 * output is built in memory and written only when the data are valid, so a
 * failed loader writes nothing; problems go to stderr, one per line.
 */
export async function emit(name: string, as: Format, options: LoadOptions = {}): Promise<void> {
  try {
    process.stdout.write(format(await loadTable(name, options), as));
  } catch (error) {
    if (!isDataError(error)) throw error;
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.exitCode = 1;
  }
}
