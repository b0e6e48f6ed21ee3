/** The regions every geographic table uses, west-to-east and north-to-south within the empire's parts. */
export const REGIONS = [
  "North/Central Industrial",
  "Black-Earth/South Russia",
  "Volga",
  "Urals",
  "Ukraine",
  "Crimea",
  "Bessarabia",
  "Belarus/West",
  "Baltic",
  "Poland",
  "Finland",
  "Don/Kuban/North Caucasus",
  "Transcaucasia",
  "Central Asia",
  "Siberia",
  "Far East",
] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Latitude and longitude bounds of the former empire (Kalisz in the west to
 * Kamchatka in the east, Kushka in the south to the Kola coast in the north):
 * a first guard against swapped or mistyped coordinates.
 */
export const EMPIRE_BOUNDS = { lat: [35, 72], lon: [17, 180] } as const;
