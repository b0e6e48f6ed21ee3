/**
 * The state a reader can set on a chart and keep in its address: the choices
 * each key takes, once, for the charts' options, the pages' controls and
 * permalinks, the embeds' query and the export command.
 */
import { CALENDARS, type Calendar } from "./calendar.js";
import { DEFINITIONS, type Definition } from "./sovereignty.js";
import { ZONE_ORDER, zoneId } from "./takeovers.js";

/** How the takeover map colours its cities: by who held each on the day, by how Soviet power first came, or by when. */
export const COLOR_BY = ["holder", "mode", "date"] as const;

/** What the bonds chart draws: prices (January 1914 = 100), or the spread of their yield over the benchmark. */
export const MEASURES = ["price", "spread"] as const;

/** The takeover map's view: the whole former empire, or one zone of the spread chart. */
export const ZONE_CHOICES = ["all", ...ZONE_ORDER.map(zoneId)] as const;
/** How the count of governments is layered: by alignment, by kind, or a total. */
export const STACK_BY = ["alignment", "kind", "none"] as const;
/** `auto` follows the page; `light` and `dark` are fixed, for images and embeds. */
export const THEMES = ["auto", "light", "dark"] as const;

/** The calendar dates are shown in until the reader chooses: Gregorian (New Style). */
export const DEFAULT_CALENDAR: Calendar = "gregorian";

/** Every state key with a fixed set of choices, and the choices. */
export const STATE_CHOICES = {
  calendar: CALENDARS,
  colorBy: COLOR_BY,
  definition: Object.keys(DEFINITIONS) as Definition[],
  stackBy: STACK_BY,
  zone: ZONE_CHOICES,
  measure: MEASURES,
} as const;

/** Every parameter a story page keeps its state in: the choices, and the date a map shows. */
export const ADDRESS_KEYS = [...(Object.keys(STATE_CHOICES) as (keyof typeof STATE_CHOICES)[]), "date"] as const;
export type StateKey = (typeof ADDRESS_KEYS)[number];

/** A Gregorian day as the address holds it. */
export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A row's key in the page and the address (`?focus=kiev`): a city's name or a government's id, as a slug. */
export function rowKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
