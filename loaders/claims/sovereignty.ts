/**
 * Claims 7–9 of shared/claims.md, put to the sovereignty table. As for the
 * takeovers, figures are computed and the verdict follows from a stated rule.
 */
import { addDays, formatDual } from "../../src/calendar.js";
import { countOn, DEFINITIONS, type Definition, type EntityRow, KIND_LABELS, PIPES } from "../../src/sovereignty.js";
import { countAs, OPEN_ENDS, type SovereigntyData } from "./readings.js";
import { rowReading, withRobustness } from "./robustness.js";
import { type ClaimResult, pct, share } from "./verdict.js";

const { day: COUNT_DAY, count: PIPES_COUNT } = PIPES;

const counted = (rows: readonly EntityRow[]) => rows.filter((r) => !r.parent);

export function claim7({ sovereignty: rows }: SovereigntyData): ClaimResult {
  // Declarations of full independence from Russia, by the body itself (data/notes/rules.md); the RSFSR is the centre.
  const declared = counted(rows)
    .filter((r): r is EntityRow & { independence: string } => r.independence !== null && r.id !== "rsfsr")
    .sort((a, b) => a.independence.localeCompare(b.independence) || a.name.localeCompare(b.name));
  const finland = declared.find((r) => r.id === "finland");
  const rank = finland ? declared.indexOf(finland) + 1 : 0;
  // Bodies that governed before the window (Bukhara, Khiva, ...) did not "detach".
  const earlier = finland
    ? counted(rows).filter(
        (r) => r.claimed_precision !== "pre-existing" && r.id !== "rsfsr" && r.claimed < finland.independence,
      )
    : [];
  const rule =
    "Supported if Finland's is the earliest declaration of full independence from Russia in our table; partly supported if it is among the first three; not supported otherwise. Claims of autonomy or of a government's own rule that came earlier are listed: they are not declarations of independence.";
  const verdict = !finland ? "no data" : rank === 1 ? "supported" : rank <= 3 ? "partly supported" : "not supported";
  return {
    id: 7,
    title: "Finland first",
    claim:
      "The first borderland to detach was Finland, declaring independence in December 1917 (6 December NS); others followed, some citing the new government's own 'national self-determination' (Pipes).",
    verdict,
    rule,
    figures: {
      finland: finland?.independence ?? null,
      rank,
      firstDeclarations: declared.slice(0, 5).map((r) => ({ name: r.name, independence: r.independence })),
      earlier: earlier.map((r) => ({ name: r.name, kind: r.kind, claimed: r.claimed })),
    },
    finding: finland
      ? `Finland's parliament declared independence on ${formatDual(finland.independence)}; among the ${declared.length} declarations of full independence in our table it comes ${rank === 1 ? "first" : `number ${rank}`} (then ${declared
          .filter((r) => r !== finland)
          .slice(0, 3)
          .map((r) => `${r.name}, ${formatDual(r.independence)}`)
          .join(
            "; ",
          )}). ${earlier.length} bodies had already claimed their own government before it, as autonomies, regional or Soviet authorities: ${earlier
          .slice(0, 5)
          .map((r) => `${r.name} (${KIND_LABELS[r.kind].toLowerCase()}, ${formatDual(r.claimed)})`)
          .join("; ")}${earlier.length > 5 ? " and others" : ""}.`
      : "Finland's declaration is not in our table.",
  };
}

export function claim8({ sovereignty: rows }: SovereigntyData): ClaimResult {
  const all = counted(rows).filter((r) => r.id !== "rsfsr");
  const national = all.filter((r) => r.kind === "national-state" || r.kind === "autonomy");
  const russian = all.filter(
    (r) => r.kind === "regional-government" || r.kind === "cossack-government" || r.kind === "soviet-republic",
  );
  const soviet = russian.filter((r) => r.kind === "soviet-republic");
  const russianShare = share(russian.length, all.length);
  const rule =
    "Supported if regional, Cossack and Soviet governments inside Russia proper make up at least a third of all the governments in our table (the RSFSR excluded), and Soviet republics are among them; partly supported if they make up at least 15%.";
  const verdict =
    all.length < 10
      ? "no data"
      : russianShare >= 1 / 3 && soviet.length > 0
        ? "supported"
        : russianShare >= 0.15
          ? "partly supported"
          : "not supported";
  return {
    id: 8,
    title: "Centrifugal Russia proper",
    claim:
      "Not only the borderlands: provinces, regions and even cities declared themselves independent of the centre; the Bolsheviks' embrace of Soviet rule encouraged it (Pipes).",
    verdict,
    rule,
    figures: {
      all: all.length,
      national: national.length,
      russian: russian.length,
      soviet: soviet.length,
      russianShare,
    },
    finding: `Of the ${all.length} governments in our table besides the RSFSR, ${national.length} were national states or autonomies; ${russian.length} (${pct(russianShare)}) were regional, Cossack or Soviet governments within Russia proper, ${soviet.length} of them Soviet republics proclaimed by provinces or cities (e.g. ${soviet
      .slice(0, 4)
      .map((r) => r.name)
      .join(", ")}).`,
  };
}

export interface CountSensitivity {
  definition: Definition;
  label: string;
  onDay: number;
  /** Lowest and highest count in June 1918. */
  juneMin: number;
  juneMax: number;
}

/** The count on the day of Pipes's figure under each definition, and its range over June 1918. */
export function countSensitivity(rows: readonly EntityRow[], day: string = COUNT_DAY): CountSensitivity[] {
  return (Object.keys(DEFINITIONS) as Definition[]).map((definition) => {
    const june = Array.from({ length: 30 }, (_, i) => countOn(rows, addDays("1918-06-01", i), definition));
    return {
      definition,
      label: DEFINITIONS[definition],
      onDay: countOn(rows, day, definition),
      juneMin: Math.min(...june),
      juneMax: Math.max(...june),
    };
  });
}

export function claim9({ sovereignty: rows, countAs }: SovereigntyData): ClaimResult {
  const counts = countSensitivity(rows);
  const by = (d: Definition) => counts.find((c) => c.definition === d) as CountSensitivity;
  // The rule's two definitions, unless a reading imposes one.
  const strict = by(countAs ?? "no-regional-soviets");
  const loose = by(countAs ?? "everything");
  const rule = `Supported if the count on ${formatDual(COUNT_DAY)} reaches ${PIPES_COUNT} even without the regional Soviet republics; partly supported if it reaches ${PIPES_COUNT} only when every government is counted; not supported if it does not reach ${PIPES_COUNT} at all.`;
  const verdict =
    strict.onDay >= PIPES_COUNT ? "supported" : loose.onDay >= PIPES_COUNT ? "partly supported" : "not supported";
  return {
    id: 9,
    title: '"At least thirty-three" in June 1918',
    claim:
      "By a contemporary count quoted by Pipes, there were at least thirty-three sovereign governments on the former empire's territory in June 1918.",
    verdict,
    rule,
    figures: { counts, day: COUNT_DAY, pipes: PIPES_COUNT },
    finding: `On ${formatDual(COUNT_DAY)} our table counts ${counts
      .map((c) => `${c.onDay} (${c.label}; ${c.juneMin}–${c.juneMax} over June)`)
      .join(", ")}. The source of the contemporary count was not found, so what it counted is unknown.`,
  };
}

/** Declarations of independence ranked as the first claims of own rule: the old reading of claim 7. */
const FIRST_CLAIMS = rowReading<SovereigntyData, "sovereignty", EntityRow>(
  "sovereignty",
  "first-claims",
  "if first claims of a government's own rule are ranked instead of declarations of independence",
  (row) => row.name,
  (row) => {
    const claimed = row.kind === "national-state" && row.claimed_precision !== "pre-existing" ? row.claimed : null;
    return claimed === row.independence ? row : { ...row, independence: claimed };
  },
);

/** Every claim the sovereignty table tests, each with its robustness. */
export function sovereigntyClaims(rows: readonly EntityRow[]): ClaimResult[] {
  const data: SovereigntyData = { sovereignty: rows };
  return [
    withRobustness(claim7, data, [FIRST_CLAIMS, OPEN_ENDS]),
    withRobustness(claim8, data, [OPEN_ENDS]),
    withRobustness(claim9, data, [OPEN_ENDS, countAs("everything"), countAs("national-states")]),
  ];
}
