/**
 * A presentation deck: slides of registered charts at stated states (a
 * claim's card is a chart too: `claim-<n>`) and plain title slides, each with a one-line caption and speaker
 * notes. A deck is data; `/present` draws it (components/deck.ts). To make
 * your own, copy `decks/argument.ts`, change its slides and add it to
 * `decks/index.ts`; it opens at `/present?deck=<its id>`.
 */
import { isValidDate } from "./calendar.js";
import type { ChartOptions } from "./chart.js";
import { chartIds } from "./registry.js";
import { STATE_CHOICES } from "./state.js";

/** The state a slide shows a chart at: what a page keeps in its address. */
export type SlideState = Pick<
  ChartOptions,
  "date" | "calendar" | "colorBy" | "definition" | "stackBy" | "zone" | "measure"
>;

interface SlideBase {
  /** One line, shown above the chart or card (and read out as the slide's name). */
  caption: string;
  /** What to say: shown with `n`, never printed on the slide. */
  notes: string;
}

/** A registered chart at a state, or a claim's card (`chart: "claim-9"`). */
export interface ChartSlide extends SlideBase {
  chart: string;
  state?: SlideState;
}

/** Words only: the opening question, a section's title, the close. */
export interface TextSlide extends SlideBase {
  heading: string;
  text?: string;
}

export type Slide = ChartSlide | TextSlide;

export interface Deck {
  /** Its address: `/present?deck=<id>` (the first deck in decks/index.ts is `/present` itself). */
  id: string;
  title: string;
  slides: readonly Slide[];
}

/** Identity, typed: a deck, checked as one. */
export function defineDeck(deck: Deck): Deck {
  return deck;
}

export const isChartSlide = (slide: Slide): slide is ChartSlide => "chart" in slide;

/**
 * What is wrong with a deck, one line a problem naming the slide: an unknown
 * chart (or claim), a state value no page offers, a date that is no real
 * day, an empty caption. A forker's deck is checked before it is drawn (and
 * the site's by the tests).
 */
export function checkDeck(deck: Deck): string[] {
  const problems: string[] = [];
  if (!deck.slides.length) problems.push(`deck "${deck.id}": no slides`);
  deck.slides.forEach((slide, i) => {
    const at = `deck "${deck.id}", slide ${i + 1}`;
    if (!slide.caption?.trim()) problems.push(`${at}: no caption`);
    if (isChartSlide(slide)) {
      if (!chartIds.includes(slide.chart))
        problems.push(`${at}: unknown chart "${slide.chart}"; valid ids: ${chartIds.join(", ")}`);
      for (const [key, value] of Object.entries(slide.state ?? {})) {
        if (key === "date") {
          if (!isValidDate(String(value))) problems.push(`${at}: date "${value}" is not a real day as YYYY-MM-DD`);
          continue;
        }
        const choices = STATE_CHOICES[key as keyof typeof STATE_CHOICES] as readonly string[] | undefined;
        if (!choices)
          problems.push(`${at}: unknown state "${key}"; valid keys: date, ${Object.keys(STATE_CHOICES).join(", ")}`);
        else if (!choices.includes(String(value)))
          problems.push(`${at}: ${key} "${value}" is not one of ${choices.join(", ")}`);
      }
    } else if (!("heading" in slide) || !slide.heading?.trim()) problems.push(`${at}: no chart, claim or heading`);
  });
  return problems;
}
