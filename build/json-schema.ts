/**
 * A validator for the part of JSON Schema the site's own schemas use: `type`
 * (one name or a list), `required`, `properties`, `additionalProperties:
 * false`, `items`, `enum`, `pattern`, `minimum` and `minItems`. Annotations
 * (`$schema`, `$id`, `title`, `description`) are read past. A keyword it does
 * not know is an error, not ignored, so a schema cannot say more than is
 * checked. No validator library is a dependency; this one is small enough to
 * read, and tested to reject what it must (tests/chart-metadata.test.ts).
 */

/** A JSON Schema in the subset this module checks. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: JsonType | readonly JsonType[];
  required?: readonly string[];
  properties?: Readonly<Record<string, JsonSchema>>;
  additionalProperties?: false;
  items?: JsonSchema;
  enum?: readonly unknown[];
  pattern?: string;
  minimum?: number;
  minItems?: number;
}

export type JsonType = "object" | "array" | "string" | "number" | "integer" | "boolean" | "null";

const KEYWORDS = new Set([
  "$schema",
  "$id",
  "title",
  "description",
  "type",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "enum",
  "pattern",
  "minimum",
  "minItems",
]);

/** The JSON type of a value, as a schema names it ("integer" for whole numbers, which are also "number"). */
function typeOf(value: unknown): JsonType | "undefined" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "object")
    return typeof value as JsonType;
  return "undefined";
}

/**
 * Every way `value` breaks `schema`, one message each, naming the place as a
 * JSON pointer (`/tables/0/sha256: does not match ^[0-9a-f]{64}$`); none if it conforms.
 */
export function validateJson(schema: JsonSchema, value: unknown, at = ""): string[] {
  const errors: string[] = [];
  const where = at || "/";
  for (const key of Object.keys(schema))
    if (!KEYWORDS.has(key)) errors.push(`${where}: the schema uses "${key}", which this validator does not check`);
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const allowed: readonly JsonType[] = typeof schema.type === "string" ? [schema.type] : schema.type;
    const fits = allowed.includes(actual as JsonType) || (actual === "integer" && allowed.includes("number"));
    if (!fits) return [...errors, `${where}: expected ${allowed.join(" or ")}, found ${actual}`];
  }
  if (schema.enum && !schema.enum.some((v) => v === value))
    errors.push(
      `${where}: ${JSON.stringify(value)} is not one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`,
    );
  if (typeof value === "string" && schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
    errors.push(`${where}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  if (typeof value === "number" && schema.minimum !== undefined && value < schema.minimum)
    errors.push(`${where}: ${value} is less than ${schema.minimum}`);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.push(`${where}: ${value.length} items, fewer than ${schema.minItems}`);
    const { items } = schema;
    if (items) for (const [i, item] of value.entries()) errors.push(...validateJson(items, item, `${at}/${i}`));
  }
  if (actual === "object") {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? [])
      if (!Object.hasOwn(object, name)) errors.push(`${where}: "${name}" is required`);
    for (const [name, child] of Object.entries(object)) {
      const property = schema.properties?.[name];
      if (property) errors.push(...validateJson(property, child, `${at}/${name}`));
      else if (schema.additionalProperties === false) errors.push(`${where}: "${name}" is not allowed`);
    }
  }
  return errors;
}
