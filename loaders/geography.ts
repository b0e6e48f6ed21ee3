/**
 * Base map for the charts: present-day country outlines from Natural Earth
 * (the world-atlas package), cut to the former empire and its neighbours.
 *
 * Borders are today's, and every map says so: no dataset of 1917 provincial
 * borders is packaged, and the stories place cities, not provinces.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";

/** Present-day states on the territory of the Russian Empire of 1917. */
export const SUCCESSOR_STATES = [
  "Russia",
  "Ukraine",
  "Belarus",
  "Poland",
  "Lithuania",
  "Latvia",
  "Estonia",
  "Finland",
  "Moldova",
  "Georgia",
  "Armenia",
  "Azerbaijan",
  "Kazakhstan",
  "Uzbekistan",
  "Turkmenistan",
  "Kyrgyzstan",
  "Tajikistan",
] as const;

/** Neighbours drawn for context (and Turkey, whose Kars and Artvin were Russian in 1917). */
const NEIGHBOURS = [
  "Norway",
  "Sweden",
  "Germany",
  "Czechia",
  "Slovakia",
  "Austria",
  "Hungary",
  "Romania",
  "Bulgaria",
  "Turkey",
  "Iran",
  "Afghanistan",
  "Pakistan",
  "China",
  "Mongolia",
  "Japan",
  "North Korea",
  "South Korea",
  "Denmark",
];

export interface CountryProperties {
  name: string;
  /** Whether the country lies (mostly) on the former empire's territory. */
  successor: boolean;
}

export interface Geography {
  type: "FeatureCollection";
  features: { type: "Feature"; properties: CountryProperties; geometry: unknown }[];
}

/** Rounds coordinates to `digits` decimals: 0.01° is about 1 km, finer than the 50m outlines. */
function round(value: unknown, digits: number): unknown {
  if (typeof value === "number") return Math.round(value * 10 ** digits) / 10 ** digits;
  if (Array.isArray(value)) return value.map((v) => round(v, digits));
  return value;
}

/** The countries to draw, as GeoJSON, from world-atlas at the given resolution. */
export async function empireGeography({
  resolution = "50m",
  digits = 2,
}: {
  resolution?: "110m" | "50m";
  digits?: number;
} = {}): Promise<Geography> {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    await readFile(require.resolve(`world-atlas/countries-${resolution}.json`), "utf8"),
  ) as Topology;
  const countries = feature(topology, topology.objects.countries as GeometryObject) as unknown as {
    features: { properties: { name: string }; geometry: { coordinates: unknown; type: string } }[];
  };
  const wanted = new Set<string>([...SUCCESSOR_STATES, ...NEIGHBOURS]);
  return {
    type: "FeatureCollection",
    features: countries.features
      .filter((f) => wanted.has(f.properties.name))
      .map((f) => ({
        type: "Feature",
        properties: {
          name: f.properties.name,
          successor: (SUCCESSOR_STATES as readonly string[]).includes(f.properties.name),
        },
        geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates, digits) },
      })),
  };
}
