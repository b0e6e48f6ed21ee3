// The module embed: `import {render} from "<site>/embed/<id>.js"; render(element, options)`.
// (A named export: Framework publishes this module as `export * from ...`, which
// does not carry a default export.) The chart code is imported on first use,
// which keeps this module tiny.
const id = observable.params.id;

/** Draws the chart into `element` with options {width, theme, date, calendar, ...}. */
export async function render(element, options = {}) {
  const { embedChart } = await import("../_generated/btc.js");
  // This code is served from /_import/embed/ (Framework re-exports it at /embed/<id>.js).
  return embedChart(id, element, options, new URL("../../data/", import.meta.url));
}
