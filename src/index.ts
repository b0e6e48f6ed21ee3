/**
 * Beyond the Capitals charting package: each chart is a function
 * `(data, options) → element` that takes an optional `document`, so the same
 * code renders on pages, in embeds, in the export command and in tests.
 */
export * from "./calendar.js";
export {
  type ChartSpec,
  chartFunction,
  type DrawContext,
  type Drawn,
  defineChart,
  drawChart,
  MIN_WIDTH,
  need,
  resolveOptions,
} from "./chart.js";
export { bondEvents, bondsChart, bondsSpec } from "./charts/bonds.js";
export { type DatedMapOptions, drawMap, MAP_HEIGHT, setMapDate } from "./charts/dated-map.js";
export {
  describeEvents,
  type EventsTimelineOptions,
  eventsSpec,
  eventsTimeline,
} from "./charts/events-timeline.js";
export { EXCHANGE_STATUS_LABELS, exchangeStatusChart, exchangeStatusSpec } from "./charts/exchange-status.js";
export { exchangeEventsSpec, exchangeTimeline } from "./charts/exchange-timeline.js";
export { MONEY_PRICE_SERIES, moneyPrices, moneyPricesSpec } from "./charts/money-prices.js";
export { OBSERVED_LABEL, type RubleChartOptions, rubleChart, rubleSpec } from "./charts/ruble.js";
export { rubleCoup, rubleCoupSpec } from "./charts/ruble-coup.js";
export { securitiesBerlin, securitiesBerlinSpec } from "./charts/securities-berlin.js";
export {
  PIPES_MARK,
  type SovereigntyCountOptions,
  sovereigntyCount,
  sovereigntyCountSpec,
} from "./charts/sovereignty-count.js";
export { endText, sovereigntyLifespans, sovereigntyLifespansSpec } from "./charts/sovereignty-lifespans.js";
export { type SovereigntyMapOptions, sovereigntyMap, sovereigntyMapSpec } from "./charts/sovereignty-map.js";
export { HELD_MILESTONES, heldSeries, takeoverHeld, takeoverHeldSpec } from "./charts/takeover-held.js";
export {
  describeMap,
  mapStatus,
  type TakeoverMapOptions,
  takeoverMap,
  takeoverMapSpec,
} from "./charts/takeover-map.js";
export {
  drawZoneShares,
  MILESTONES,
  type SpreadPoint,
  spreadSeries,
  type TakeoverSpreadOptions,
  takeoverSpread,
  takeoverSpreadSpec,
} from "./charts/takeover-spread.js";
export { type TakeoverTimelineOptions, takeoverTimeline, takeoverTimelineSpec } from "./charts/takeover-timeline.js";
export * from "./claims.js";
export { analysisListing, runAnalysis } from "./components/analysis.js";
export { type ChartBlockOptions, chartBlock } from "./components/chart-block.js";
export { type Claim, claimCard } from "./components/claim-card.js";
export { type PresentOptions, presentDeck, SLIDE_SIZE, slideFromAddress, slideSource } from "./components/deck.js";
export { loadJson } from "./components/load-data.js";
export { type LoadSnippet, loadSnippets, loadSnippetsBlock, siteRoot } from "./components/load-snippets.js";
export {
  focusableMarks,
  keyButton,
  type ProvenanceOptions,
  type ProvenanceTables,
  provenance,
} from "./components/provenance.js";
export { scrollable } from "./components/scrollable.js";
export { type ShareBarOptions, shareBar, stateQuery, svgToPngBlob } from "./components/share-bar.js";
export { type SimpleColumn, simpleTable } from "./components/simple-table.js";
export { urlChoice, urlDate, urlParams, writeUrlState } from "./components/url-state.js";
export {
  type WorkbenchChartOptions,
  type WorkbenchOptions,
  type WorkbenchTable,
  workbench,
  workbenchChart,
} from "./components/workbench.js";
export * from "./control.js";
export { addressRadio, type RadioInput } from "./controls/address-radio.js";
export { CALENDAR_CHOICES, calendarSwitch } from "./controls/calendar-switch.js";
export { type DateSlider, type DateSliderOptions, dateSlider } from "./controls/date-slider.js";
export {
  type ControlKit,
  STORY_CONTROLS,
  type StoryControlId,
  storyControl,
} from "./controls/story-controls.js";
export {
  type ChartSlide,
  checkDeck,
  type Deck,
  defineDeck,
  isChartSlide,
  type Slide,
  type SlideState,
  type TextSlide,
} from "./deck.js";
export { decks } from "./decks/index.js";
export { type EmbedOptions, embedChart, embedOptionsFromQuery, fetchChartData, fetchTable } from "./embed.js";
export * from "./events.js";
export { accessiblePlot, type FigureParts, figure, swatchLegend } from "./figure.js";
export { FIRST_PAINT } from "./first-paint.js";
export { type HeightRule, heightAt, heightCss } from "./height.js";
export {
  type EndLabel,
  endLabels,
  labelRows,
  plotLineWidth,
  type RowLabel,
  type RowObstacle,
  spreadLabels,
  textWidth,
} from "./labels.js";
export { dataFolder, type LoadTable, type LoadTableOptions, tableLoader } from "./load-table.js";
export * from "./money.js";
export { type ImageText, withPngText } from "./png-text.js";
export {
  type ChartData,
  type ChartDefinition,
  type ChartOptions,
  chartById,
  chartIds,
  charts,
  pageCharts,
  renderChart,
  requireChart,
  stateDefaults,
  type TableName,
} from "./registry.js";
export * from "./securities.js";
export { inCalendarColumns, rowsCsv, type Shown, type ShownRow, shownFileName, shownRows } from "./shown.js";
export { citedIds, fullCitation, type SourceRow, shortCitation, sourceLine } from "./sources.js";
export * from "./sovereignty.js";
export {
  CREDIT,
  type DrawAt,
  imageText,
  type StandaloneOptions,
  serializeSvg,
  slideLayout,
  slideSvg,
  standaloneSvg,
  wrapText,
} from "./standalone.js";
export * from "./state.js";
export {
  DATE_PRECISIONS,
  type DatePrecision,
  type Geography,
  HELD_ELSEWHERE,
  MODE_LABELS,
  MODE_ORDER,
  MODES,
  type Mode,
  modeColors,
  TAKEOVER_WINDOW,
  type TakeoverRow,
  takenBy,
  takeoverDate,
  takeoverTip,
  ZONE_ORDER,
  ZONES,
} from "./takeovers.js";
export {
  categorical,
  colors,
  fontFamily,
  IMAGE_FONT,
  PAGE_FONT,
  palette,
  paletteDark,
  type ThemeColors,
  type ThemeName,
  typeScale,
} from "./theme.js";
export { calendarLabel, calendarX, isoOf, monthStep, monthTickFormat, monthTicks, utcDate } from "./time-axis.js";
export {
  applyFilters,
  BLANK,
  type ChartMark,
  type ChartPlan,
  COUNT,
  type ColumnType,
  categoryLabels,
  cellText,
  chartDescription,
  chartPlan,
  chartTitle,
  columnsOf,
  defaultState,
  distinctValues,
  type Filter,
  type FilterOp,
  filterOps,
  formatFilter,
  inferTypes,
  isBlank,
  isIsoDate,
  MAX_FILTERS,
  matches,
  mergeQuery,
  NONE,
  newFilter,
  parseFilter,
  parseState,
  parseTable,
  project,
  type Row,
  rowsToCsv,
  rowsToJson,
  type Sort,
  STATE_KEYS,
  sortRows,
  stateParams,
  type TableInfo,
  tableInfo,
  viewRows,
  type WorkbenchState,
} from "./workbench.js";
