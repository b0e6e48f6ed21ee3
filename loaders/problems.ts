/**
 * Problems found in a data file, and how they are reported.
 *
 * Every check in the pipeline returns problems instead of throwing, so a run
 * reports all of them at once; only the caller decides to stop.
 */

/** One thing wrong with a data file, located by 1-based line and column (field number). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `file:line:column: message`, the format editors and CI annotate. */
export function formatProblem({ file, line, column, message }: Problem): string {
  return `${file}:${line}:${column}: ${message}`;
}

/** Problems in file order, then line, then column, so reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** An error that carries every problem found, with a message listing them. */
export interface DataError extends Error {
  problems: Problem[];
}

export function dataError(problems: readonly Problem[]): DataError {
  const sorted = sortProblems(problems);
  const count = `${sorted.length} problem${sorted.length === 1 ? "" : "s"}`;
  const error = new Error(`${count} in data:\n${sorted.map(formatProblem).join("\n")}`) as DataError;
  error.name = "DataError";
  error.problems = sorted;
  return error;
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof Error && Array.isArray((error as Partial<DataError>).problems);
}
