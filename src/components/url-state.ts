/**
 * Page state in the address: the slider date, the calendar, switches and
 * filters, so a permalink restores what the reader saw.
 */

import { isDay } from "../state.js";

/** The page's query parameters (empty outside a browser). */
export function urlParams(): URLSearchParams {
  return new URLSearchParams(globalThis.location?.search ?? "");
}

/** A parameter if it is one of the allowed values, else the fallback. */
export function urlChoice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = urlParams().get(name);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** An ISO date parameter within [from, to], else the fallback. */
export function urlDate(name: string, from: string, to: string, fallback: string): string {
  const value = urlParams().get(name);
  return value && isDay(value) && value >= from && value <= to ? value : fallback;
}

/** Writes the state into the address without adding a history entry; defaults are left out. */
export function writeUrlState(state: Record<string, string>, defaults: Record<string, string> = {}): void {
  if (!globalThis.history || !globalThis.location) return;
  const params = new URLSearchParams(globalThis.location.search);
  for (const [key, value] of Object.entries(state)) {
    if (value === defaults[key] || value === "") params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  globalThis.history.replaceState(
    null,
    "",
    `${globalThis.location.pathname}${query ? `?${query}` : ""}${globalThis.location.hash}`,
  );
}
