/**
 * Every chart by its stable id. Each chart is defined once, in its spec
 * (src/charts/*.ts): id, title, subtitle, page, tables, data table, default
 * state, height rule and controls. Pages, embeds, build-time drawings and
 * images, the export command and the tests all go through here (a story
 * page's bundle through the same lookups over its own charts:
 * registry-core.ts).
 */
import { bondsSpec } from "./charts/bonds.js";
import { claimSpecs } from "./charts/claim-cards.js";
import { eventsSpec } from "./charts/events-timeline.js";
import { exchangeStatusSpec } from "./charts/exchange-status.js";
import { exchangeEventsSpec } from "./charts/exchange-timeline.js";
import { moneyPricesSpec } from "./charts/money-prices.js";
import { rubleSpec } from "./charts/ruble.js";
import { rubleCoupSpec } from "./charts/ruble-coup.js";
import { securitiesBerlinSpec } from "./charts/securities-berlin.js";
import { sovereigntyCountSpec } from "./charts/sovereignty-count.js";
import { sovereigntyLifespansSpec } from "./charts/sovereignty-lifespans.js";
import { sovereigntyMapSpec } from "./charts/sovereignty-map.js";
import { takeoverHeldSpec } from "./charts/takeover-held.js";
import { takeoverMapSpec } from "./charts/takeover-map.js";
import { takeoverSpreadSpec } from "./charts/takeover-spread.js";
import { takeoverTimelineSpec } from "./charts/takeover-timeline.js";
import { makeRegistry } from "./registry-core.js";

/** Every chart, in the order the site's pages show them, then the claims' cards. */
export const { charts, chartIds, chartById, requireChart, renderChart, pageCharts, stateDefaults } = makeRegistry([
  eventsSpec,
  takeoverMapSpec,
  takeoverSpreadSpec,
  takeoverHeldSpec,
  takeoverTimelineSpec,
  sovereigntyCountSpec,
  sovereigntyMapSpec,
  sovereigntyLifespansSpec,
  rubleSpec,
  rubleCoupSpec,
  moneyPricesSpec,
  exchangeEventsSpec,
  bondsSpec,
  exchangeStatusSpec,
  securitiesBerlinSpec,
  ...claimSpecs,
]);

export type { ChartData, ChartOptions, TableName } from "./chart.js";
export type { ChartDefinition } from "./registry-core.js";
