/**
 * Time axes that speak either calendar. Positions are always Gregorian (the
 * scale is one timeline); in Julian mode the ticks sit on Julian month starts
 * and are labelled with Julian dates, so an axis never mixes the two.
 */
import { type Calendar, inCalendar, toGregorian, toTime } from "./calendar.js";

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A UTC Date for an ISO date: Plot's time scales take Dates. */
export function utcDate(iso: string): Date {
  return new Date(toTime(iso));
}

/** The ISO (Gregorian) string of a UTC Date. */
export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Month-start ticks in `calendar` between two Gregorian ISO dates, every `step` months. */
export function monthTicks(start: string, end: string, calendar: Calendar, step = 1): Date[] {
  const first = inCalendar(start, calendar);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const ticks: Date[] = [];
  for (let guard = 0; guard < 600; guard++) {
    const local = `${year}-${String(month).padStart(2, "0")}-01`;
    const gregorian = calendar === "julian" ? toGregorian(local) : local;
    if (gregorian > end) break;
    // Counted from year 0, so yearly and two-yearly steps fall on Januaries (of even years for two).
    if (gregorian >= start && (year * 12 + month - 1) % step === 0) ticks.push(utcDate(gregorian));
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return ticks;
}

/** Labels a tick "Nov" or, on January and on the first tick, "Jan 1918". */
export function monthTickFormat(calendar: Calendar, step = 1): (date: Date, index: number) => string {
  return (date, index) => {
    const local = inCalendar(isoOf(date), calendar);
    // Yearly ticks fall on Januaries: the year alone says it, and fits a phone's axis.
    if (step >= 12) return local.slice(0, 4);
    const month = Number(local.slice(5, 7));
    const name = SHORT_MONTHS[month - 1] ?? "";
    return month === 1 || index === 0 ? `${name} ${local.slice(0, 4)}` : name;
  };
}

/** A step in months that keeps about `maxTicks` labels on an axis. */
export function monthStep(start: string, end: string, maxTicks: number): number {
  const months = (toTime(end) - toTime(start)) / (30.44 * 86_400_000);
  return [1, 2, 3, 4, 6, 12, 24].find((step) => months / step <= maxTicks) ?? 24;
}

/** The axis label naming the calendar, so a reader always knows which one is shown. */
export function calendarLabel(calendar: Calendar): string {
  return calendar === "julian" ? "Date, Julian calendar (Old Style)" : "Date, Gregorian calendar (New Style)";
}

/**
 * The x scale of a chart over time in either calendar: month ticks at about
 * one per `spacing` pixels of `pixels` (the plot's width), labelled in that
 * calendar, with the axis naming it.
 */
export function calendarX(from: string, to: string, calendar: Calendar, pixels: number, spacing: number) {
  const monthly = monthStep(from, to, Math.floor(pixels / spacing));
  // A year alone is a short label: yearly ticks may stand closer than month names.
  const step = monthly < 12 ? monthly : Math.max(12, monthStep(from, to, Math.floor(pixels / (spacing * 0.6))));
  return {
    type: "utc" as const,
    domain: [utcDate(from), utcDate(to)],
    ticks: monthTicks(from, to, calendar, step),
    tickFormat: monthTickFormat(calendar, step),
    label: calendarLabel(calendar),
    labelAnchor: "left" as const,
  };
}
