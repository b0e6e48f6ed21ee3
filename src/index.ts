/**
 * Beyond the Capitals charting package: each chart is a function
 * `(data, options) → element` that takes an optional `document`, so the same
 * code renders on pages, in embeds, in the export command and in tests.
 */
export * from "./calendar.js";
export {
  describeEvents,
  EVENT_GROUPS,
  type EventRow,
  type EventsTimelineOptions,
  eventsTimeline,
  spreadLabels,
} from "./charts/events-timeline.js";
export { type FigureParts, figure } from "./figure.js";
export { citedIds, type SourceRow, shortCitation, sourceLine } from "./sources.js";
export {
  categorical,
  colors,
  fontFamily,
  palette,
  paletteDark,
  type ThemeColors,
  type ThemeName,
  typeScale,
} from "./theme.js";
export { calendarLabel, isoOf, monthStep, monthTickFormat, monthTicks, utcDate } from "./time-axis.js";
