/**
 * The one theme every chart uses: palette, type scale, light and dark colours.
 *
 * Colours are the Okabe–Ito set (Okabe & Ito 2008, "Color Universal Design"),
 * chosen to stay distinguishable for the common colour-vision deficiencies;
 * pure yellow is left out because it vanishes on white.
 */

/** `auto` follows the page (CSS variables of the Framework theme); the others are fixed, for images. */
export type ThemeName = "auto" | "light" | "dark";

export interface ThemeColors {
  background: string;
  foreground: string;
  muted: string;
  faint: string;
  grid: string;
}

/** Okabe–Ito categorical palette, in the order categories take it. */
export const palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#4D4D4D"] as const;

/** The same hues lifted for dark backgrounds (Okabe–Ito blue is too dark on near-black). */
export const paletteDark = ["#4BA3E3", "#F0782F", "#2BC39A", "#E29BC4", "#F2B33D", "#8DD0F5", "#E0E0E0"] as const;

const fixed: Record<"light" | "dark", ThemeColors> = {
  light: { background: "#ffffff", foreground: "#1b1e23", muted: "#5b616b", faint: "#9aa0a8", grid: "#e3e5e8" },
  dark: { background: "#161719", foreground: "#e8e8e8", muted: "#a9adb3", faint: "#6c7078", grid: "#34363a" },
};

const auto: ThemeColors = {
  background: "var(--theme-background, #ffffff)",
  foreground: "var(--theme-foreground, #1b1e23)",
  muted: "var(--theme-foreground-muted, #5b616b)",
  faint: "var(--theme-foreground-faint, #9aa0a8)",
  grid: "var(--theme-foreground-faintest, #e3e5e8)",
};

export function colors(theme: ThemeName = "auto"): ThemeColors {
  return theme === "auto" ? auto : fixed[theme];
}

/** The categorical palette for a theme; `auto` uses the light hues, which read on both. */
export function categorical(theme: ThemeName = "auto"): readonly string[] {
  if (theme === "dark") return paletteDark;
  // On pages the hues read on both schemes, but a fixed grey is lost on one of
  // them: the neutral follows the page's muted text colour instead.
  if (theme === "auto") return [...palette.slice(0, -1), "var(--theme-foreground-muted, #4D4D4D)"];
  return palette;
}

/**
 * Type scale in pixels. `scale` enlarges everything together: 1 on pages, about
 * 2 for a 1920×1080 slide read from the back of a room.
 */
export function typeScale(scale = 1) {
  return {
    title: Math.round(20 * scale),
    subtitle: Math.round(15 * scale),
    label: Math.round(12 * scale),
    tick: Math.round(11 * scale),
    caption: Math.round(11 * scale),
  };
}

/** The page's sans-serif: the reader's own system font, so pages download no font at all. */
export const PAGE_FONT = "var(--sans-serif, system-ui, sans-serif)";

/** Images set their text in IBM Plex Sans, which the renderer bundles, so they look the same everywhere. */
export const IMAGE_FONT = '"IBM Plex Sans", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The style every plot and legend takes: the theme's font and text colour, at the type scale's `size`. */
export function plotStyle(theme: ThemeName = "auto", scale = 1, size: keyof ReturnType<typeof typeScale> = "tick") {
  return {
    fontFamily: fontFamily(theme),
    fontSize: `${typeScale(scale)[size]}px`,
    color: colors(theme).foreground,
    background: "transparent",
  };
}

/** The font family for a theme: `auto` (on a page) follows the page; fixed themes are for images. */
export function fontFamily(theme: ThemeName = "auto"): string {
  return theme === "auto" ? PAGE_FONT : IMAGE_FONT;
}

/** The reader's colour scheme, for pictures drawn in a fixed theme (downloads, slides). */
export function readerScheme(document: Document): "light" | "dark" {
  return document.defaultView?.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}
