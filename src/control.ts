/**
 * Who held a city: the vocabulary of `control.csv` (each change of hands from
 * the first establishment of Soviet power through 1918) and the helpers that
 * answer "who held this city on that day?".
 */

/** Who can hold a city. */
export const HOLDERS = [
  "soviet",
  "provisional",
  "central-powers",
  "czechoslovak",
  "white",
  "national",
  "allied",
  "other",
] as const;
export type Holder = (typeof HOLDERS)[number];

/** Readers' names for the holders. */
export const HOLDER_LABELS: Record<Holder, string> = {
  soviet: "Soviet",
  provisional: "Provisional Government's organs",
  "central-powers": "Central Powers",
  czechoslovak: "Czechoslovak Legion, Komuch, Siberian government",
  white: "White and Cossack forces",
  national: "National government",
  allied: "Allied intervention",
  other: "Other",
};

/** What a row of control.csv records. */
export const CONTROL_EVENTS = ["established", "lost", "regained", "transferred", "no-change"] as const;
export type ControlEvent = (typeof CONTROL_EVENTS)[number];

export const CONTROL_CONFIDENCE = ["high", "medium", "low"] as const;

/** The last day the control table covers. */
export const CONTROL_END = "1918-12-31";

/** One change of hands, as published. */
export interface ControlRow {
  city: string;
  event: ControlEvent;
  from: Holder;
  to: Holder;
  by: string | null;
  date: string | null;
  date_os: string | null;
  date_end: string | null;
  date_end_os: string | null;
  date_precision: "day" | "range" | "month" | "none";
  alt_dates: string | null;
  confidence: (typeof CONTROL_CONFIDENCE)[number];
  sources: string;
  note: string | null;
}

/**
 * What each event says about the holders on either side of it: `established`
 * and `regained` end with Soviet power, `lost` starts from it, `transferred`
 * passes a city between two others, and `no-change` records that Soviet power
 * stayed.
 */
export function eventHolders(event: ControlEvent): { from: "soviet" | "other" | "any"; to: "soviet" | "other" } {
  switch (event) {
    case "established":
    case "regained":
      return { from: "other", to: "soviet" };
    case "lost":
      return { from: "soviet", to: "other" };
    case "transferred":
      return { from: "other", to: "other" };
    case "no-change":
      return { from: "soviet", to: "soviet" };
  }
}
