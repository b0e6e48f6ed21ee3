/**
 * The controls above the story pages' charts, by a stable id. A page builds
 * its live control here (`storyControl("calendar", Inputs)`), and the build
 * draws the same control into the page's HTML (build/first-paint/), so
 * the control's row is held at its true height, at any width, before the
 * page's scripts arrive: the chart's drawing below does not move when they do.
 * Each control reads its value from the address, so a permalink keeps it.
 */
import type { ChartOptions } from "../chart.js";
import { urlDate } from "../components/url-state.js";
import { replaceDrawnControl } from "../first-paint.js";
import { charts } from "../registry.js";
import { DEFINITIONS, type Definition, SOVEREIGNTY_WINDOW } from "../sovereignty.js";
import type { StateKey } from "../state.js";
import { TAKEOVER_WINDOW, ZONE_ORDER, zoneId } from "../takeovers.js";
import { addressRadio, type RadioInput } from "./address-radio.js";
import { calendarSwitch } from "./calendar-switch.js";
import { dateSlider } from "./date-slider.js";

/** What a control is built with: the page's Inputs, and a document other than the page's (the build's). */
export interface ControlKit {
  radio: RadioInput;
  document?: Document;
}

/**
 * The default of a control's state key: the default of the chart the control
 * sits above (its spec lists the control), so that it is stated once.
 */
function chartDefault<K extends StateKey>(control: StoryControlId, key: K): NonNullable<ChartOptions[K]> {
  const chart = charts.find((c) => c.controls?.includes(control));
  const value = (chart?.defaults as ChartOptions | undefined)?.[key];
  if (value === undefined) throw new Error(`story control "${control}": no chart lists it with a default ${key}`);
  return value as NonNullable<ChartOptions[K]>;
}

/** A day-by-day date slider over `window`, starting on its chart's date unless the address names a day. */
function addressSlider(
  control: StoryControlId,
  { from, to }: { from: string; to: string },
  document?: Document,
): HTMLElement {
  return dateSlider({ document, from, to, value: urlDate("date", from, to, chartDefault(control, "date")) });
}

/** Every story control by id. */
export const STORY_CONTROLS = {
  calendar: ({ radio }: ControlKit) => calendarSwitch(radio),
  "takeovers-date": ({ document }: ControlKit) => addressSlider("takeovers-date", TAKEOVER_WINDOW, document),
  "takeovers-color-by": ({ radio }: ControlKit) =>
    addressRadio(
      radio,
      "Colour by",
      "colorBy",
      new Map<string, NonNullable<ChartOptions["colorBy"]>>([
        ["Who held it", "holder"],
        ["How Soviet power came", "mode"],
        ["When it first came", "date"],
      ]),
      chartDefault("takeovers-color-by", "colorBy"),
    ),
  "takeovers-zone": ({ radio }: ControlKit) =>
    addressRadio(
      radio,
      "Zoom to",
      "zone",
      new Map<string, NonNullable<ChartOptions["zone"]>>([
        ["All", "all"],
        ...ZONE_ORDER.map((zone) => [zone, zoneId(zone) as NonNullable<ChartOptions["zone"]>] as const),
      ]),
      chartDefault("takeovers-zone", "zone"),
    ),
  "sovereignty-definition": ({ radio }: ControlKit) =>
    addressRadio(
      radio,
      "Count",
      "definition",
      new Map(Object.entries(DEFINITIONS).map(([id, label]) => [label, id as Definition])),
      chartDefault("sovereignty-definition", "definition"),
    ),
  "sovereignty-stack-by": ({ radio }: ControlKit) =>
    addressRadio(
      radio,
      "Colour by",
      "stackBy",
      new Map<string, NonNullable<ChartOptions["stackBy"]>>([
        ["Alignment", "alignment"],
        ["Kind", "kind"],
        ["Total only", "none"],
      ]),
      chartDefault("sovereignty-stack-by", "stackBy"),
    ),
  "bonds-measure": ({ radio }: ControlKit) =>
    addressRadio(
      radio,
      "Show",
      "measure",
      new Map<string, NonNullable<ChartOptions["measure"]>>([
        ["Prices", "price"],
        ["Yield over French rentes", "spread"],
      ]),
      chartDefault("bonds-measure", "measure"),
    ),
  "sovereignty-date": ({ document }: ControlKit) => addressSlider("sovereignty-date", SOVEREIGNTY_WINDOW, document),
} as const;

export type StoryControlId = keyof typeof STORY_CONTROLS;

/** The state key each control sets: what an embed's controls redraw the chart with. */
export const CONTROL_KEYS: Record<StoryControlId, StateKey> = {
  calendar: "calendar",
  "takeovers-date": "date",
  "takeovers-color-by": "colorBy",
  "takeovers-zone": "zone",
  "sovereignty-definition": "definition",
  "sovereignty-stack-by": "stackBy",
  "bonds-measure": "measure",
  "sovereignty-date": "date",
};

/**
 * Builds a story control, live on a page (`storyControl("calendar", Inputs)`)
 * or drawn at build time (with the build's `document`). On a page, the build's
 * drawing of the control gives way to it (src/first-paint.ts).
 */
export function storyControl(id: StoryControlId, kit: ControlKit): HTMLElement {
  // Own keys only: an id such as "constructor" is no control either.
  if (!Object.hasOwn(STORY_CONTROLS, id)) throw new Error(`unknown story control "${id}"`);
  const control = STORY_CONTROLS[id](kit);
  replaceDrawnControl(id, control);
  return control;
}
