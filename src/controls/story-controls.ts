/**
 * The controls above the story pages' charts, by a stable id. A page builds
 * its live control here (`storyControl("calendar", Inputs)`), and the build
 * draws the same control into the page's HTML (loaders/static-charts.ts), so
 * the control's row is held at its true height, at any width, before the
 * page's scripts arrive: the chart's drawing below does not move when they do.
 * Each control reads its value from the address, so a permalink keeps it.
 */
import { urlDate } from "../components/url-state.js";
import { DEFINITIONS, type Definition } from "../sovereignty.js";
import { addressRadio, type RadioInput } from "./address-radio.js";
import { calendarSwitch } from "./calendar-switch.js";
import { dateSlider } from "./date-slider.js";

/** What a control is built with: the page's Inputs, and a document other than the page's (the build's). */
export interface ControlKit {
  radio: RadioInput;
  document?: Document;
}

/** The first and last day the sliders cover (Gregorian). */
const FIRST_DAY = "1917-11-07";
const LAST_DAY = "1918-12-31";

/** A day-by-day date slider starting on `fallback` unless the address names a day. */
function addressSlider(fallback: string, document?: Document): HTMLElement {
  return dateSlider({ document, from: FIRST_DAY, to: LAST_DAY, value: urlDate("date", FIRST_DAY, LAST_DAY, fallback) });
}

/** Every story control by id. */
export const STORY_CONTROLS = {
  calendar: ({ radio }: ControlKit) => calendarSwitch(radio),
  "takeovers-date": ({ document }: ControlKit) => addressSlider("1918-03-03", document),
  "takeovers-color-by": ({ radio }: ControlKit) =>
    addressRadio(
      radio,
      "Colour by",
      "colorBy",
      new Map([
        ["How (mode)", "mode"],
        ["When (date)", "date"],
      ]),
      "mode",
    ),
  "sovereignty-definition": ({ radio }: ControlKit) =>
    addressRadio(
      radio,
      "Count",
      "definition",
      new Map(Object.entries(DEFINITIONS).map(([id, label]) => [label, id as Definition])),
      "everything",
    ),
  "sovereignty-stack-by": ({ radio }: ControlKit) =>
    addressRadio(
      radio,
      "Colour by",
      "stackBy",
      new Map([
        ["Alignment", "alignment"],
        ["Kind", "kind"],
        ["Total only", "none"],
      ]),
      "alignment",
    ),
  "sovereignty-date": ({ document }: ControlKit) => addressSlider("1918-06-15", document),
} as const;

export type StoryControlId = keyof typeof STORY_CONTROLS;

/**
 * Builds a story control, live on a page (`storyControl("calendar", Inputs)`)
 * or drawn at build time (with the build's `document`). On a page, the build's
 * drawing of the control leaves its container the moment the live control
 * enters it (before the next paint, so the row never changes height), and the
 * page holds no second copy for a reader, a screen reader or a script to find.
 */
export function storyControl(id: StoryControlId, kit: ControlKit): HTMLElement {
  // Own keys only: an id such as "constructor" is no control either.
  if (!Object.hasOwn(STORY_CONTROLS, id)) throw new Error(`unknown story control "${id}"`);
  const control = STORY_CONTROLS[id](kit);
  const container = globalThis.document?.querySelector(`.btc-control[data-control="${id}"]`);
  const drawn = container?.querySelector(":scope > .btc-control-drawn");
  if (container && drawn) {
    // Watching the one container, not the page: it costs nothing while the rest of the page renders.
    const observer = new MutationObserver(() => {
      if (control.parentNode !== container) return;
      drawn.remove();
      observer.disconnect();
    });
    observer.observe(container, { childList: true });
  }
  return control;
}
