/** Every table in data/, in the order they must be loaded (sources first). */
import type { TableSchema } from "../schema.js";
import { control } from "./control.js";
import { events } from "./events.js";
import { exchangeEvents, goldContent, money, ruble } from "./money.js";
import { provinces } from "./provinces.js";
import { exchangeStatus, securities } from "./securities.js";
import { sources } from "./sources.js";
import { sovereignty } from "./sovereignty.js";
import { takeovers } from "./takeovers.js";

export const schemas: readonly TableSchema[] = [
  sources,
  events,
  provinces,
  takeovers,
  control,
  sovereignty,
  ruble,
  money,
  exchangeEvents,
  goldContent,
  securities,
  exchangeStatus,
];

export function schemaFor(name: string): TableSchema | undefined {
  return schemas.find((schema) => schema.name === name);
}

/**
 * The table a file holds, known from its name: `events.csv`, or a variant such
 * as `events.bad-date.csv` or `events-fixture.csv` (the longest table name the
 * file name starts with, followed by `.`, `-` or `_`).
 */
export function schemaForFile(path: string): TableSchema | undefined {
  const base = path.split(/[\\/]/).pop() ?? "";
  return [...schemas]
    .sort((a, b) => b.name.length - a.name.length)
    .find((schema) => base === `${schema.name}.csv` || new RegExp(`^${schema.name}[._-].*\\.csv$`).test(base));
}
