/**
 * Where Russian securities could be traded, 1914–1919: each exchange's
 * status from day to day — open, open under restrictions, dealing only at
 * unofficial meetings, closed, or not known — as one bar per exchange.
 */
import * as Plot from "@observablehq/plot";
import { formatDate } from "../calendar.js";
import { chartFunction, defineChart, need } from "../chart.js";
import {
  EXCHANGE_CITIES,
  EXCHANGE_LABELS,
  EXCHANGE_STATUS_MEANINGS,
  EXCHANGE_STATUSES,
  type Exchange,
  type ExchangeStatus,
  STATUS_WINDOW,
  statusSpans,
} from "../securities.js";
import { categorical, plotStyle, type ThemeName } from "../theme.js";
import { calendarX, utcDate } from "../time-axis.js";

/** The exchanges shown, top to bottom: Russia's own, then the markets abroad. */
const SHOWN: readonly Exchange[] = ["petrograd", "moscow", "london", "paris", "new-york", "berlin"];

const place = (exchange: Exchange) => EXCHANGE_CITIES[exchange];

/** Readers' names for the statuses. */
export const EXCHANGE_STATUS_LABELS: Record<ExchangeStatus, string> = {
  open: "Open",
  restricted: "Open under restrictions",
  unofficial: "Unofficial meetings only",
  closed: "Closed",
  unknown: "Not known",
};

/** Open green, restricted orange, unofficial purple, closed vermillion, unknown the faint grey. */
function statusColors(theme: ThemeName, faint: string): Record<ExchangeStatus, string> {
  const [, vermillion, green, purple, orange] = categorical(theme);
  return {
    open: green ?? "#009E73",
    restricted: orange ?? "#E69F00",
    unofficial: purple ?? "#CC79A7",
    closed: vermillion ?? "#D55E00",
    unknown: faint,
  };
}

/** The exchanges timeline's one definition. */
export const exchangeStatusSpec = defineChart({
  id: "exchange-status",
  title: "Where Russian securities could be traded, 1914–1919",
  subtitle:
    "Each exchange's status from day to day, from its closures, reopenings and rule changes; where the sources say nothing, it is shown as not known.",
  page: "/money",
  tables: ["exchange-status", "sources"],
  dataTable: "exchange-status",
  draw(data, { document, width, calendar, theme, scale, title, c }) {
    const rows = need(data, "exchange-status");
    const { from, to } = STATUS_WINDOW;
    const spans = SHOWN.flatMap((exchange) =>
      statusSpans(rows, exchange, to).map((s) => ({
        ...s,
        name: place(exchange),
        label: EXCHANGE_STATUS_LABELS[s.status],
      })),
    );
    const colors = statusColors(theme, c.faint);
    const present = EXCHANGE_STATUSES.filter((s) => spans.some((x) => x.status === s));
    const names = SHOWN.map(place);
    const marginLeft = 84 * scale;
    const plot = Plot.plot({
      document,
      width,
      height: Math.round((SHOWN.length * 34 + 50) * scale),
      marginLeft,
      marginRight: 12 * scale,
      marginTop: 10 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: `Timeline of ${SHOWN.length} exchanges' status from ${formatDate(from, calendar)} to ${formatDate(to, calendar)}: ${SHOWN.map(
        (e) => {
          const last = statusSpans(rows, e, to).at(-1);
          return `${EXCHANGE_LABELS[e]} ${last ? EXCHANGE_STATUS_LABELS[last.status].toLowerCase() : "not known"} at the end`;
        },
      ).join("; ")}.`,
      x: { ...calendarX(from, to, calendar, width - marginLeft, 60 * scale), grid: true },
      y: { domain: names, label: null, tickSize: 0 },
      color: { domain: present.map((s) => EXCHANGE_STATUS_LABELS[s]), range: present.map((s) => colors[s]) },
      marks: [
        Plot.barX(spans, {
          x1: (s) => utcDate(s.from),
          // A span runs to the end of its last day.
          x2: (s) => new Date(+utcDate(s.to) + 86_400_000),
          y: "name",
          fill: "label",
          inset: 0.5,
          title: (s: (typeof spans)[number]) =>
            `${s.name}: ${s.label.toLowerCase()}\n${formatDate(s.from, calendar)} to ${formatDate(s.to, calendar)}${s.precision === "day" ? "" : ` (start known to the ${s.precision})`}\n${EXCHANGE_STATUS_MEANINGS[s.status]}`,
        }),
      ],
    });
    return { plot, legend: true };
  },
  /** Each exchange's spans, as its bar is drawn: from one change of status to the day before the next. */
  rows(data) {
    const rows = need(data, "exchange-status");
    return SHOWN.flatMap((exchange) =>
      statusSpans(rows, exchange, STATUS_WINDOW.to).map((s) => ({
        exchange,
        place: place(exchange),
        from: s.from,
        to: s.to,
        from_precision: s.precision,
        status: s.status,
        status_label: EXCHANGE_STATUS_LABELS[s.status],
      })),
    );
  },
});

/** The exchanges timeline: `exchangeStatus(rows, {sources, width, calendar})`. */
export const exchangeStatusChart = chartFunction(exchangeStatusSpec);
