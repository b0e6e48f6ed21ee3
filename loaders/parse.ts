/**
 * Step 1 of the pipeline: bytes → records, keeping where each record starts.
 *
 * csv-parse does the RFC 4180 work; this module adds what it does not give
 * directly: strict UTF-8 decoding, the line on which a (possibly multi-line)
 * record starts, and a located message for every syntax error.
 *
 * Locations are 1-based lines and 1-based field numbers ("column 3" is the
 * third field), which is what a person fixing a CSV file in a spreadsheet or
 * an editor needs.
 */
import { parse } from "csv-parse/sync";
import type { Problem } from "./problems.js";

/** A record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
  problems: Problem[];
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

/** Byte length of a well-formed UTF-8 sequence starting at `i`, or 0 if it is not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  const [length, min] =
    lead < 0x80
      ? [1, 0]
      : lead >= 0xc2 && lead <= 0xdf
        ? [2, 0x80]
        : lead >= 0xe0 && lead <= 0xef
          ? [3, 0x800]
          : lead >= 0xf0 && lead <= 0xf4
            ? [4, 0x10000]
            : [0, 0];
  if (length <= 1) return length;
  let code = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return 0;
    code = (code << 6) | (b & 0x3f);
  }
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  return code < min || code > 0x10ffff || surrogate ? 0 : length;
}

/** Decodes UTF-8 strictly; on failure, locates the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      const hex = (bytes[i] ?? 0).toString(16).padStart(2, "0");
      return { problems: [{ file, line, column, message: `invalid UTF-8 (byte 0x${hex}); save the file as UTF-8` }] };
    }
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else if (bytes[i] === 0x2c) column++;
    i += length;
  }
  return { text: new TextDecoder("utf-8").decode(bytes), problems: [] };
}

const MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "unterminated quoted field: a double quote opens here and never closes",
  CSV_INVALID_CLOSING_QUOTE: "text after a closing double quote; a quote inside a quoted field must be doubled",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    "text after a closing double quote; a quote inside a quoted field must be doubled",
};

/** Newlines inside a raw record, not counting its own terminator. */
function innerNewlines(raw: string): number {
  return (raw.replace(/(\r\n|\n|\r)$/, "").match(/\r\n|\n|\r/g) ?? []).length;
}

/** Field number (1-based) at which the first unbalanced double quote opens. */
function openQuoteColumn(text: string): number {
  let column = 1;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") column++;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
  }
  return column;
}

/**
 * Parses CSV text: comma-delimited, RFC 4180 quoting, a UTF-8 byte-order mark
 * and CRLF line ends accepted, blank lines skipped. Never throws: a syntax
 * error comes back as a problem, with every record read before it.
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    return {
      header: [],
      records: [],
      problems: [{ file, line: 1, column: 1, message: "file is empty: expected a header row" }],
    };
  }
  const rows: CsvRecord[] = [];
  let lastEnd = 0;
  const problems: Problem[] = [];
  try {
    parse(body, {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // With info and raw on, csv-parse hands each record over wrapped with them.
      on_record: (entry: unknown) => {
        const { record, info, raw } = entry as { record: string[]; info: { lines: number }; raw: string };
        rows.push({ line: info.lines - innerNewlines(raw), fields: record });
        lastEnd = info.lines;
        return null;
      },
    });
  } catch (error) {
    const { code = "", message, lines } = error as CsvParseError;
    // The failing record starts after the last good one ends (blank lines aside).
    const lineTexts = body.split(/\r\n|\n|\r/);
    let start = lastEnd + 1;
    while (start < lineTexts.length && lineTexts[start - 1]?.trim() === "") start++;
    const rest = lineTexts.slice(start - 1).join("\n");
    problems.push({
      file,
      line: code === "CSV_QUOTE_NOT_CLOSED" ? start : (lines ?? start),
      column: openQuoteColumn(rest),
      message: MESSAGES[code] ?? `CSV syntax error: ${message}`,
    });
  }
  const [head, ...records] = rows;
  return { header: head?.fields ?? [], records, problems };
}
