/**
 * Claims 1–6 of shared/claims.md, put to the takeovers table.
 *
 * Each function computes its figures from the tidy rows and derives the
 * verdict from them by a rule stated in its `rule`; nothing here is typed in
 * but the claim and the rule. The page prints the claim, the figures, the rule
 * and the verdict side by side, so a reader can disagree with the rule.
 */
import { toGregorian } from "../../src/calendar.js";
import type { ControlRow } from "../../src/control.js";
import { HELD_ELSEWHERE, type TakeoverRow, takenBy } from "../../src/takeovers.js";
import { claim17, claim18 } from "./holding.js";
import { type TakeoverData, takeoverReadings } from "./readings.js";
import { withRobustness } from "./robustness.js";
import { type ClaimResult, median, pct, share, twoTests } from "./verdict.js";

const NORTH = ["North/Central Industrial"];
const SOUTH = ["Black-Earth/South Russia", "Ukraine", "Crimea", "Bessarabia", "Don/Kuban/North Caucasus"];
const GREAT_RUSSIA_ZONES = ["North and Centre", "Black Earth and Volga", "Urals"];
const BORDERLAND_ZONES = ["Ukraine and Crimea", "Don and Caucasus", "West", "Asia"];

/** End of October 1917 OS, early November OS, and New Year 1918 OS, as Gregorian dates. */
export const END_OF_OCTOBER_OS = toGregorian("1917-10-31");
export const EARLY_NOVEMBER_OS = toGregorian("1917-11-15");
export const NEW_YEAR_OS = toGregorian("1918-01-01");

/** Cities Figes names for serious fighting in the north (claim 4) and the south (claim 5). */
export const FIGES_NORTH = ["Novgorod", "Pskov", "Tver"];
export const FIGES_SOUTH = [
  "Orel",
  "Kursk",
  "Voronezh",
  "Astrakhan",
  "Chernigov",
  "Odessa",
  "Kherson",
  "Ekaterinoslav",
  "Sevastopol",
];

/** Taken by force: by an armed Soviet side ("armed"), or fought over at the takeover ("contested"). */
const VIOLENT = new Set(["armed", "contested"]);

/** Cities lost later (a `lost` row in control.csv), which the mode of the first takeover no longer counts. */
const lostLater = (rows: readonly { city: string }[], control: readonly ControlRow[]) => {
  const lost = new Set(control.filter((r) => r.event === "lost").map((r) => r.city));
  return rows.filter((r) => lost.has(r.city)).length;
};
const capitals = (rows: readonly TakeoverRow[]) => rows.filter((r) => r.capital !== "no");
const dated = (rows: readonly TakeoverRow[]) =>
  rows.filter((r): r is TakeoverRow & { date: string } => r.date !== null && !HELD_ELSEWHERE.includes(r.mode));
const knownMode = (rows: readonly TakeoverRow[]) => rows.filter((r) => r.mode !== "unknown");

/** What our table says of named cities: "Novgorod: unknown (7 Nov 1917)", or "not in our table". */
export function namedCities(
  rows: readonly TakeoverRow[],
  names: readonly string[],
): { city: string; mode: string; date: string | null }[] {
  return names.map((city) => {
    const row = rows.find((r) => r.city === city);
    return { city, mode: row ? row.mode : "not in our table", date: row?.date ?? null };
  });
}

const SOVIET_ACTORS = /soviet|military[- ]revolutionary|\bmrc\b|revkom|revolutionary committee|red guard/i;
const OTHER_SOCIALISTS = /\bS\.?R\.?s?\b|socialist[- ]revolutionar|menshevik|anarchist|coalition|bund/i;
const OUSTING = /dispers|oust|disband|arrest|expel|eject|overthr|dissol/i;

export function claim1(rows: readonly TakeoverRow[]): ClaimResult {
  const withActors = dated(rows).filter((r) => r.actors);
  const soviet = withActors.filter((r) => SOVIET_ACTORS.test(r.actors ?? ""));
  const mixed = withActors.filter((r) => OTHER_SOCIALISTS.test(r.actors ?? ""));
  const sovietShare = share(soviet.length, withActors.length);
  const mixedShare = share(mixed.length, withActors.length);
  const rule =
    "Supported if at least half the dated takeovers whose actors are known were carried out by a soviet or its committee, and at least 15% involved parties other than the Bolsheviks; partly supported if one of the two holds.";
  const verdict = twoTests(withActors.length >= 10, sovietShare >= 0.5, mixedShare >= 0.15);
  return {
    id: 1,
    title: "Dual power, then none",
    claim:
      "After October the dual power of government and soviets disappeared locally: power passed to local soviets of several kinds, not all of them Bolshevik (Pipes).",
    verdict,
    rule,
    figures: { withActors: withActors.length, soviet: soviet.length, sovietShare, mixed: mixed.length, mixedShare },
    finding: `Of ${withActors.length} dated takeovers whose actors our sources name, ${soviet.length} (${pct(sovietShare)}) were made by a soviet, its military-revolutionary committee or Red Guards, and ${mixed.length} (${pct(mixedShare)}) name SRs, Mensheviks or other non-Bolshevik socialists among those who took or shared power.`,
  };
}

export function claim2(rows: readonly TakeoverRow[]): ClaimResult {
  const withActors = dated(rows).filter((r) => r.actors);
  const coalitions = withActors.filter((r) => OTHER_SOCIALISTS.test(r.actors ?? ""));
  const ousted = dated(rows).filter((r) => OUSTING.test(`${r.actors ?? ""} ${r.note ?? ""}`));
  const modes = new Set(dated(rows).map((r) => r.mode));
  const rule =
    "Supported if our table has at least three takeovers of each scenario (shared with other socialists; rivals dispersed or ousted) and at least three different modes; partly supported if only one scenario reaches three.";
  const both = coalitions.length >= 3 && ousted.length >= 3;
  const verdict =
    withActors.length < 10
      ? "no data"
      : both && modes.size >= 3
        ? "supported"
        : coalitions.length >= 3 || ousted.length >= 3
          ? "partly supported"
          : "not supported";
  return {
    id: 2,
    title: "A bewildering variety of local scenarios",
    claim:
      "In some towns Bolsheviks joined SRs and Mensheviks to proclaim soviet rule; in others they ejected their socialist rivals (Pipes).",
    verdict,
    rule,
    figures: {
      coalitions: coalitions.length,
      ousted: ousted.length,
      modes: modes.size,
      examplesShared: coalitions.slice(0, 4).map((r) => r.city),
      examplesOusted: ousted.slice(0, 4).map((r) => r.city),
    },
    finding: `${coalitions.length} takeovers name other socialists among the actors (e.g. ${coalitions
      .slice(0, 3)
      .map((r) => r.city)
      .join(", ")}); ${ousted.length} record rivals or dumas dispersed, ousted or arrested (e.g. ${ousted
      .slice(0, 3)
      .map((r) => r.city)
      .join(", ")}); the takeovers span ${modes.size} modes.`,
  };
}

export function claim3(rows: readonly TakeoverRow[]): ClaimResult {
  const caps = capitals(rows);
  const heart = caps.filter((r) => GREAT_RUSSIA_ZONES.includes(r.zone));
  const border = caps.filter((r) => BORDERLAND_ZONES.includes(r.zone));
  const heartShare = share(heart.filter((r) => takenBy(r, EARLY_NOVEMBER_OS)).length, heart.length);
  const borderShare = share(border.filter((r) => takenBy(r, EARLY_NOVEMBER_OS)).length, border.length);
  const rule =
    "Supported if by 15 November 1917 OS at least half the Great Russian capitals (North and Centre, Black Earth and Volga, Urals) had passed to Soviet power and at most a quarter of the borderland capitals; partly supported if the heartland share is at least twice the borderland share.";
  const verdict =
    heartShare >= 0.5 && borderShare <= 0.25
      ? "supported"
      : heartShare >= 2 * borderShare
        ? "partly supported"
        : "not supported";
  return {
    id: 3,
    title: "Heartland first",
    claim:
      "By early November 1917 the new government controlled the cities of Great Russia; the borderlands were outside its reach (Pipes).",
    verdict,
    rule,
    figures: { heart: heart.length, heartShare, border: border.length, borderShare, by: EARLY_NOVEMBER_OS },
    finding: `By 15 November 1917 OS, ${pct(heartShare)} of the ${heart.length} Great Russian provincial capitals in our table had passed to Soviet power, against ${pct(borderShare)} of the ${border.length} borderland capitals. Our table has no data on villages, which the claim also covers.`,
  };
}

export function claim4(rows: readonly TakeoverRow[]): ClaimResult {
  const north = capitals(rows).filter((r) => NORTH.includes(r.region));
  const byEndOfOctober = north.filter((r) => takenBy(r, END_OF_OCTOBER_OS));
  const northDated = dated(rows).filter((r) => NORTH.includes(r.region));
  const known = knownMode(northDated);
  const peaceful = known.filter((r) => r.mode === "peaceful");
  const named = namedCities(rows, FIGES_NORTH);
  const violentElsewhere = known.filter((r) => VIOLENT.has(r.mode) && !FIGES_NORTH.includes(r.city)).map((r) => r.city);
  const timely = share(byEndOfOctober.length, north.length);
  const peacefulShare = share(peaceful.length, known.length);
  const rule =
    "Supported if at least half the northern and central capitals passed to Soviet power by 31 October 1917 OS and at least half the takeovers there with a known mode were peaceful; partly supported if one of the two holds.";
  const verdict = twoTests(known.length >= 5, timely >= 0.5, peacefulShare >= 0.5);
  return {
    id: 4,
    title: "North and centre: fast, mostly by vote",
    claim:
      "In the northern and central industrial provinces most provincial soviets were in Bolshevik hands by the end of October (OS), usually through the ballot box; only in Novgorod, Pskov and Tver was there serious fighting (Figes).",
    verdict,
    rule,
    figures: {
      capitals: north.length,
      byEndOfOctober: byEndOfOctober.length,
      timely,
      known: known.length,
      peaceful: peaceful.length,
      peacefulShare,
      named,
      violentElsewhere,
    },
    finding: `${byEndOfOctober.length} of ${north.length} northern and central capitals (${pct(timely)}) had passed by 31 October 1917 OS. Of ${known.length} takeovers there with a known mode, ${peaceful.length} (${pct(peacefulShare)}) were peaceful. Our table gives Novgorod, Pskov and Tver as: ${named
      .map((n) => `${n.city} ${n.mode}`)
      .join(
        ", ",
      )}; it records takeovers by force (armed, or fought over) also in ${violentElsewhere.length ? violentElsewhere.join(", ") : "no other city"}.`,
  };
}

export function claim5(rows: readonly TakeoverRow[], control: readonly ControlRow[] = []): ClaimResult {
  const southCaps = capitals(rows).filter((r) => SOUTH.includes(r.region));
  const northCaps = capitals(rows).filter((r) => NORTH.includes(r.region));
  const southDates = dated(southCaps).map((r) => r.date);
  const northDates = dated(northCaps).map((r) => r.date);
  const southMedian = median(southDates);
  const northMedian = median(northDates);
  const lag =
    southMedian && northMedian ? Math.round((Date.parse(southMedian) - Date.parse(northMedian)) / 86_400_000) : null;
  const beforeNewYear = dated(southCaps).filter((r) => r.date < NEW_YEAR_OS).length;
  const southKnown = knownMode(dated(rows).filter((r) => SOUTH.includes(r.region)));
  const northKnown = knownMode(dated(rows).filter((r) => NORTH.includes(r.region)));
  const southViolent = share(southKnown.filter((r) => VIOLENT.has(r.mode)).length, southKnown.length);
  const northViolent = share(northKnown.filter((r) => VIOLENT.has(r.mode)).length, northKnown.length);
  const named = namedCities(rows, FIGES_SOUTH);
  const namedKnown = named.filter((n) => !["unknown", "not in our table"].includes(n.mode));
  const namedViolent = namedKnown.filter((n) => VIOLENT.has(n.mode)).length;
  const tests = [
    lag !== null && lag >= 30,
    southViolent > northViolent,
    namedKnown.length > 0 && namedViolent >= namedKnown.length / 2,
  ];
  const passed = tests.filter(Boolean).length;
  const rule =
    "Three tests: the southern capitals' median takeover date is at least 30 days after the northern one; a larger share of southern takeovers with a known mode was taken by force (armed, or fought over at the takeover); at least half of the cities Figes names (where our mode is known) were taken by force. A city lost later does not count as violent for that: losses are their own rows. Supported if all three hold, partly supported if one or two.";
  const verdict =
    southKnown.length < 5 ? "no data" : passed === 3 ? "supported" : passed > 0 ? "partly supported" : "not supported";
  return {
    id: 5,
    title: "South: late and bloody",
    claim:
      "In the southern agricultural provinces the transfer of power was generally not complete until the New Year and was often bloody, with street fighting in Orel, Kursk, Voronezh, Astrakhan, Chernigov, Odessa, Kherson, Ekaterinoslav, Sevastopol and others (Figes).",
    verdict,
    rule,
    figures: {
      southMedian,
      northMedian,
      lag,
      southCapitals: southCaps.length,
      southDated: southDates.length,
      beforeNewYear,
      southViolent,
      northViolent,
      southFought: southKnown.filter((r) => r.mode === "contested").length,
      southLostLater: lostLater(dated(southCaps), control),
      named,
    },
    finding: `The median southern capital passed on ${southMedian ?? "—"}, ${lag ?? "?"} days after the median northern one (${northMedian ?? "—"}); ${beforeNewYear} of ${southDates.length} dated southern capitals passed before New Year 1918 OS. ${pct(southViolent)} of southern takeovers with a known mode were taken by force (${southKnown.filter((r) => r.mode === "contested").length} of them fought over), against ${pct(northViolent)} in the north; separately, ${lostLater(dated(southCaps), control)} of the ${southDates.length} dated southern capitals were lost later in 1918. For the cities Figes names our table gives: ${named
      .map((n) => `${n.city} ${n.mode}`)
      .join(", ")}.`,
  };
}

/** The Soviet-era statistic of claim 6: power passed peacefully in 73 of 91 provincial and large cities. */
export const SOVIET_STATISTIC = { peaceful: 73, of: 91 };

export function claim6(rows: readonly TakeoverRow[], control: readonly ControlRow[] = []): ClaimResult {
  const cities = dated(rows);
  const known = knownMode(cities);
  const peaceful = known.filter((r) => r.mode === "peaceful").length;
  const ours = share(peaceful, known.length);
  const theirs = SOVIET_STATISTIC.peaceful / SOVIET_STATISTIC.of;
  const gap = Math.abs(ours - theirs);
  const rule =
    "Supported if our peaceful share (among dated takeovers with a known mode) is within 10 points of 73/91 (80%); partly supported within 20 points; not supported beyond.";
  const verdict =
    known.length < 10 ? "no data" : gap <= 0.1 ? "supported" : gap <= 0.2 ? "partly supported" : "not supported";
  return {
    id: 6,
    title: 'The Soviet "73 of 91"',
    claim: "Soviet-era texts say power passed peacefully in 73 of 91 provincial and large cities.",
    verdict,
    rule,
    figures: {
      cities: cities.length,
      known: known.length,
      peaceful,
      ours,
      theirs,
      unknown: cities.length - known.length,
      lostLater: lostLater(cities, control),
    },
    finding: `Our table dates ${cities.length} takeovers; ${known.length} have a known mode, of which ${peaceful} (${pct(ours)}) were peaceful, against ${pct(theirs)} in the Soviet figure. ${cities.length - known.length} more have no mode in our sources: even if all were peaceful, the share would be ${pct(share(peaceful + cities.length - known.length, cities.length))}. The mode is how Soviet power first came; ${lostLater(cities, control)} of these cities were lost later in 1918, which the Soviet count may have taken for "not peaceful".`,
  };
}

/** Every claim the takeover and control tables test, each with its robustness. */
export function takeoverClaims(data: TakeoverData): ClaimResult[] {
  const readings = takeoverReadings(data);
  const claims: ((d: TakeoverData) => ClaimResult)[] = [
    (d) => claim1(d.takeovers),
    (d) => claim2(d.takeovers),
    (d) => claim3(d.takeovers),
    (d) => claim4(d.takeovers),
    (d) => claim5(d.takeovers, d.control),
    (d) => claim6(d.takeovers, d.control),
    claim17,
    claim18,
  ];
  return claims.map((claim) => withRobustness(claim, data, readings));
}
