/**
 * The calendar switch of the story pages: Gregorian (New Style) or Julian (Old
 * Style), read from the address (`?calendar=julian`) so a permalink keeps it.
 */
import type { Calendar } from "../calendar.js";
import { DEFAULT_CALENDAR } from "../state.js";
import { addressRadio, type RadioInput } from "./address-radio.js";

/** The switch's options, in the order shown: label → calendar. */
export const CALENDAR_CHOICES: ReadonlyMap<string, Calendar> = new Map([
  ["Gregorian (New Style)", "gregorian"],
  ["Julian (Old Style)", "julian"],
]);

/**
 * The calendar switch, set from the address (`DEFAULT_CALENDAR` otherwise). The page
 * passes `Inputs.radio`: the chart bundle does not carry a second copy of Inputs.
 */
export function calendarSwitch(radio: RadioInput): HTMLElement {
  return addressRadio(radio, "Calendar", "calendar", CALENDAR_CHOICES, DEFAULT_CALENDAR);
}
