/**
 * Step 2 of the pipeline, applied: records + schema → typed rows + problems.
 *
 * Every problem in the file is collected — header, field counts, each cell,
 * each row, duplicate keys — so one run tells the author everything to fix.
 */
import type { CsvRecord, ParsedCsv } from "./parse.js";
import type { Problem } from "./problems.js";
import type { Context, Row, TableSchema } from "./schema.js";

export interface Validated {
  rows: Row[];
  /** Line on which each row starts, parallel to `rows`. */
  lines: number[];
  /** Every record's valid cells, rows with problems included (for cross-file checks). */
  cells: Row[];
  problems: Problem[];
}

function checkHeader(header: readonly string[], schema: TableSchema, file: string): Problem[] {
  const expected = schema.columns.map((c) => c.name);
  const delimiter = header.length === 1 ? /[;\t|]/.exec(header[0] ?? "")?.[0] : undefined;
  if (delimiter) {
    const shown = delimiter === "\t" ? "tabs" : `"${delimiter}"`;
    return [
      {
        file,
        line: 1,
        column: 1,
        message: `the file is delimited by ${shown}, not commas; expected columns: ${expected.join(", ")}`,
      },
    ];
  }
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const at = { file, line: 1, column: i + 1 };
    if (seen.has(name))
      problems.push({ ...at, message: `column "${name}" appears twice (also column ${seen.get(name)})` });
    else seen.set(name, i + 1);
    if (!expected.includes(name)) {
      problems.push({ ...at, message: `unexpected column "${name}"; expected columns: ${expected.join(", ")}` });
    }
  });
  expected.forEach((name, i) => {
    if (!seen.has(name))
      problems.push({ file, line: 1, column: Math.min(i + 1, header.length + 1), message: `missing column "${name}"` });
  });
  return problems;
}

function checkRecord(
  record: CsvRecord,
  header: readonly string[],
  schema: TableSchema,
  context: Context,
  file: string,
): { row: Row; problems: Problem[] } {
  const problems: Problem[] = [];
  const row: Row = {};
  const at = (column: number, message: string) => problems.push({ file, line: record.line, column, message });
  if (record.fields.length !== header.length) {
    at(
      Math.min(record.fields.length, header.length) + 1,
      `expected ${header.length} fields, found ${record.fields.length}`,
    );
  }
  for (const column of schema.columns) {
    const index = header.indexOf(column.name);
    if (index < 0) continue;
    const result = column.check(record.fields[index] ?? "", context);
    if ("error" in result) at(index + 1, `${column.name}: ${result.error}`);
    else row[column.name] = result.value;
  }
  // Invalid cells are absent from `row` (blank ones are null), so a row check
  // skips what was already reported and one bad date is one message.
  for (const rowCheck of schema.rowChecks ?? []) {
    for (const { column, message } of rowCheck(row)) at(header.indexOf(column) + 1, `${column}: ${message}`);
  }
  return { row, problems };
}

/** Validates parsed CSV against a schema. Rows with problems are left out of `rows`. */
export function validate(parsed: ParsedCsv, schema: TableSchema, context: Context, file: string): Validated {
  const problems: Problem[] = [...parsed.problems];
  if (parsed.header.length === 0) return { rows: [], lines: [], cells: [], problems };
  problems.push(...checkHeader(parsed.header, schema, file));
  if (parsed.records.length === 0 && parsed.problems.length === 0) {
    problems.push({ file, line: 1, column: 1, message: "no data rows: the file has a header only" });
  }
  const rows: Row[] = [];
  const lines: number[] = [];
  const cells: Row[] = [];
  const keys = new Map<string, number>();
  const keyColumn = parsed.header.indexOf(schema.key[0] ?? "") + 1;
  for (const record of parsed.records) {
    const checked = checkRecord(record, parsed.header, schema, context, file);
    problems.push(...checked.problems);
    cells.push(checked.row);
    const key = schema.key.map((k) => String(checked.row[k] ?? "")).join(" | ");
    if (schema.key.every((k) => checked.row[k] != null)) {
      const first = keys.get(key);
      if (first !== undefined) {
        problems.push({
          file,
          line: record.line,
          column: keyColumn || 1,
          message: `duplicate ${schema.key.join(" + ")} "${key}" (first on line ${first})`,
        });
      } else keys.set(key, record.line);
    }
    if (checked.problems.length === 0) {
      rows.push(checked.row);
      lines.push(record.line);
    }
  }
  for (const tableCheck of schema.tableChecks ?? []) {
    for (const { line, column, message } of tableCheck(rows, lines, context)) {
      problems.push({ file, line, column: parsed.header.indexOf(column) + 1, message: `${column}: ${message}` });
    }
  }
  return { rows, lines, cells, problems };
}
