/**
 * What the sovereignty charts, loader and claims share: the entity row, its
 * vocabularies, what "alive on a day" means, and the definitions of
 * "sovereign" a reader can switch between.
 */
import { addDays, daysBetween, monthEnd } from "./calendar.js";
import { categorical, type ThemeName } from "./theme.js";

export const KINDS = [
  "national-state",
  "autonomy",
  "regional-government",
  "cossack-government",
  "soviet-republic",
  "client-state",
  "other",
] as const;
export type Kind = (typeof KINDS)[number];
export const ALIGNMENTS = ["national", "red", "white", "central-powers", "other"] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export interface EntityRow {
  id: string;
  name: string;
  kind: Kind;
  alignment: Alignment;
  capital: string;
  lat: number;
  lon: number;
  claimed: string;
  claimed_os: string | null;
  claimed_precision: "day" | "month" | "range" | "pre-existing";
  /** Declaration of full independence from Russia (Gregorian), when made by 1918. */
  independence: string | null;
  independence_os: string | null;
  independence_precision: "day" | "month" | "range" | null;
  ended: string | null;
  ended_precision: "day" | "month" | "year" | "after-1920" | "unknown";
  end_reason: string | null;
  parent: string | null;
  sources: string;
  note: string | null;
}

export const KIND_LABELS: Record<Kind, string> = {
  "national-state": "National state",
  autonomy: "National autonomy",
  "regional-government": "Regional or all-Russian government",
  "cossack-government": "Cossack government",
  "soviet-republic": "Soviet republic",
  "client-state": "Client of the Central Powers",
  other: "Other",
};

export const ALIGNMENT_LABELS: Record<Alignment, string> = {
  national: "National",
  red: "Red (Soviet)",
  white: "White and anti-Bolshevik",
  "central-powers": "Central Powers' clients",
  other: "Other",
};

/** Colours by alignment: red stays vermillion, white a blue, national green (Okabe–Ito). */
export function alignmentColors(theme: ThemeName = "auto"): Record<Alignment, string> {
  const [blue, vermillion, green, purple, , , grey] = categorical(theme);
  return {
    national: green ?? "",
    red: vermillion ?? "",
    white: blue ?? "",
    "central-powers": purple ?? "",
    other: grey ?? "",
  };
}

export function kindColors(theme: ThemeName = "auto"): Record<Kind, string> {
  const p = categorical(theme);
  return {
    "national-state": p[2] ?? "",
    autonomy: p[5] ?? "",
    "regional-government": p[0] ?? "",
    "cossack-government": p[4] ?? "",
    "soviet-republic": p[1] ?? "",
    "client-state": p[3] ?? "",
    other: p[6] ?? "",
  };
}

/**
 * How a government whose end is unknown is counted: to the end of the month
 * of its claim, the latest the sources show it ("claim-month", the table's
 * rule, data/notes/rules.md), or as alive for as long as the window runs
 * ("open", the reading the claims test it against).
 */
export type UnknownEnd = "claim-month" | "open";

/**
 * Whether an entity existed on a Gregorian day: claimed on or before it and not
 * yet ended. One still existing after 1920 is alive; one whose end is unknown
 * is alive as `unknownEnd` reads it.
 */
export function aliveOn(
  entity: Pick<EntityRow, "claimed" | "ended"> & Partial<Pick<EntityRow, "ended_precision">>,
  date: string,
  unknownEnd: UnknownEnd = "claim-month",
): boolean {
  if (entity.claimed > date) return false;
  if (entity.ended !== null) return date < entity.ended;
  return entity.ended_precision !== "unknown" || unknownEnd === "open" || date <= monthEnd(entity.claimed);
}

/** The central Soviet government: not a "regional" Soviet republic. */
export const CENTRAL_SOVIET_ID = "rsfsr";

export const DEFINITIONS = {
  everything: "Every government that claimed sovereignty or its own rule",
  "no-regional-soviets": "Without the regional Soviet republics (the RSFSR kept)",
  "national-states": "National states only",
} as const;
export type Definition = keyof typeof DEFINITIONS;

/**
 * Whether an entity counts under a definition. Phases (a monarchy inside a
 * state) never count separately: they are the same government.
 */
export function counts(entity: Pick<EntityRow, "id" | "kind" | "parent">, definition: Definition): boolean {
  if (entity.parent) return false;
  if (definition === "national-states") return entity.kind === "national-state";
  if (definition === "no-regional-soviets") return entity.kind !== "soviet-republic" || entity.id === CENTRAL_SOVIET_ID;
  return true;
}

export interface DailyCount {
  date: string;
  kind: Kind;
  alignment: Alignment;
  count: number;
}

/**
 * Entities alive each day from `from` to `to`, by kind and alignment, under a
 * definition; days and groups with none are left out.
 */
export function dailyCounts(
  entities: readonly EntityRow[],
  from: string,
  to: string,
  definition: Definition = "everything",
  unknownEnd: UnknownEnd = "claim-month",
): DailyCount[] {
  const counted = entities.filter((e) => counts(e, definition));
  const out: DailyCount[] = [];
  for (let day = 0; day <= daysBetween(from, to); day++) {
    const date = addDays(from, day);
    const groups = new Map<string, DailyCount>();
    for (const e of counted) {
      if (!aliveOn(e, date, unknownEnd)) continue;
      const key = `${e.kind}|${e.alignment}`;
      const group = groups.get(key) ?? { date, kind: e.kind, alignment: e.alignment, count: 0 };
      group.count++;
      groups.set(key, group);
    }
    out.push(
      ...[...groups.values()].sort(
        (a, b) =>
          KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
          ALIGNMENTS.indexOf(a.alignment) - ALIGNMENTS.indexOf(b.alignment),
      ),
    );
  }
  return out;
}

/** How many entities were alive on a day under a definition. */
export function countOn(
  entities: readonly EntityRow[],
  date: string,
  definition: Definition = "everything",
  unknownEnd: UnknownEnd = "claim-month",
): number {
  return entities.filter((e) => counts(e, definition) && aliveOn(e, date, unknownEnd)).length;
}

/**
 * Pipes's claim (claim 9): "at least thirty-three" sovereign governments in
 * June 1918. The month it names, the day we count on (mid-month), the figure.
 */
export const PIPES = { month: { from: "1918-06-01", to: "1918-06-30" }, day: "1918-06-15", count: 33 } as const;

/** The window the sovereignty story covers. */
export const SOVEREIGNTY_WINDOW = { from: "1917-11-07", to: "1918-12-31" } as const;
