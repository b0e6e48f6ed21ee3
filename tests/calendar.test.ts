import { describe, expect, it } from "vitest";
import {
  addDays,
  checkPair,
  formatDate,
  formatDual,
  isOldStyleEra,
  isValidDate,
  toGregorian,
  toJulian,
} from "../src/calendar.js";
import type { RadioInput } from "../src/controls/address-radio.js";
import { calendarSwitch } from "../src/controls/calendar-switch.js";

describe("calendar", () => {
  it("converts the October coup both ways", () => {
    expect(toJulian("1917-11-07")).toBe("1917-10-25");
    expect(toGregorian("1917-10-25")).toBe("1917-11-07");
  });

  it("knows that 31 January 1918 OS was followed by 14 February 1918 NS", () => {
    expect(toGregorian("1918-01-31")).toBe("1918-02-13");
    expect(isOldStyleEra("1918-02-13")).toBe(true);
    expect(isOldStyleEra("1918-02-14")).toBe(false);
  });

  it("is 13 days apart on every day from 1900 to 1918", () => {
    for (let day = "1900-03-14"; day <= "1918-12-31"; day = addDays(day, 1)) {
      expect(toJulian(day)).toBe(addDays(day, -13));
      expect(toGregorian(toJulian(day))).toBe(day);
    }
  });

  it("is 12 days apart before the Julian leap day of 1900", () => {
    expect(toJulian("1900-03-12")).toBe("1900-02-28");
    expect(toJulian("1900-03-13")).toBe("1900-02-29");
    expect(isValidDate("1900-02-29", "julian")).toBe(true);
    expect(isValidDate("1900-02-29", "gregorian")).toBe(false);
  });

  it("rejects impossible dates", () => {
    expect(isValidDate("1917-02-30")).toBe(false);
    expect(isValidDate("1917-13-01")).toBe(false);
    expect(isValidDate("17-11-07")).toBe(false);
    expect(() => toJulian("1917-02-30")).toThrow(/not a valid gregorian date/);
  });

  it("checks OS/NS pairs as the validator does", () => {
    expect(checkPair("1917-11-07", "1917-10-25")).toBeUndefined();
    expect(checkPair("1917-11-07", "1917-10-26")).toMatch(/does not match.*expected 1917-10-25/);
    expect(checkPair("1918-03-03", "1918-02-18")).toMatch(/after Russia switched/);
  });

  it("formats dates in either calendar and both at once", () => {
    expect(formatDate("1917-11-07")).toBe("7 November 1917");
    expect(formatDate("1917-11-07", "julian")).toBe("25 October 1917 OS");
    expect(formatDual("1917-11-07")).toBe("25 October (7 November) 1917");
    expect(formatDual("1918-01-11")).toBe("29 December 1917 (11 January 1918)");
    expect(formatDual("1918-03-03")).toBe("3 March 1918");
  });
});

describe("calendarSwitch", () => {
  // A stand-in for Inputs.radio that records what the switch asked for.
  const record = () => {
    const calls: { options: ReadonlyMap<string, unknown>; config: { label: string; value: unknown } }[] = [];
    const radio: RadioInput = (options, config) => {
      calls.push({ options, config });
      return {} as HTMLElement;
    };
    return { calls, radio };
  };

  it("offers both calendars, New Style first, and starts on Gregorian", () => {
    const { calls, radio } = record();
    calendarSwitch(radio);
    expect([...(calls[0]?.options ?? [])]).toEqual([
      ["Gregorian (New Style)", "gregorian"],
      ["Julian (Old Style)", "julian"],
    ]);
    expect(calls[0]?.config).toEqual({ label: "Calendar", value: "gregorian" });
  });

  it("starts from the address's calendar, and ignores a value it does not know", () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, "location");
    try {
      for (const [search, expected] of [
        ["?calendar=julian", "julian"],
        ["?calendar=mayan", "gregorian"],
      ] as const) {
        Object.defineProperty(globalThis, "location", { value: { search }, configurable: true });
        const { calls, radio } = record();
        calendarSwitch(radio);
        expect(calls[0]?.config.value, search).toBe(expected);
      }
    } finally {
      if (saved) Object.defineProperty(globalThis, "location", saved);
      else Reflect.deleteProperty(globalThis, "location");
    }
  });
});
