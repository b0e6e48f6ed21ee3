/**
 * The calendar switch of the story pages: Gregorian (New Style) or Julian (Old
 * Style), read from the address (`?calendar=julian`) so a permalink keeps it.
 */
import type { Calendar } from "../calendar.js";
import { urlChoice } from "../components/url-state.js";

/** The switch's options, in the order shown: label → calendar. */
export const CALENDAR_CHOICES: ReadonlyMap<string, Calendar> = new Map([
  ["Gregorian (New Style)", "gregorian"],
  ["Julian (Old Style)", "julian"],
]);

/** Inputs.radio's shape, as far as the switch uses it. */
export type Radio = (options: ReadonlyMap<string, Calendar>, config: { label: string; value: Calendar }) => HTMLElement;

/**
 * The calendar switch, set from the address (Gregorian by default). The page
 * passes `Inputs.radio`: the chart bundle does not carry a second copy of Inputs.
 */
export function calendarSwitch(radio: Radio): HTMLElement {
  const value = urlChoice("calendar", [...CALENDAR_CHOICES.values()], "gregorian");
  return radio(CALENDAR_CHOICES, { label: "Calendar", value });
}
