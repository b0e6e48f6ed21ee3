/**
 * The first-paint layer's contract and its client half.
 *
 * The build draws each story page's charts and controls into the page's HTML,
 * so a reader sees them with the first paint, before (and without) scripts;
 * the page's scripts then put the live charts and controls in their place.
 * Every name the layer shares across TypeScript, CSS (docs/style.css) and the
 * pages' Markdown is defined here, once; build/first-paint/README.md explains
 * the layer, and build/first-paint/ holds its build half.
 */

/** Class names, by role. docs/style.css and the pages use these names; a test holds them to this list. */
export const FIRST_PAINT = {
  /** A chart's drawing: `<div class="btc-static" data-chart="<id>"></div>` before the code that displays it. */
  drawing: "btc-static",
  /** The drawing for phones, shown instead in narrow columns. */
  narrow: "btc-narrow",
  /** A control's container: `<div class="btc-control" data-control="<id>">${input}</div>`. */
  control: "btc-control",
  /** The drawn copy of a control, unseen, holding its row until the live control comes. */
  drawnControl: "btc-control-drawn",
  /** The drawn copy of a chart's share bar, holding its row. */
  drawnShareBar: "btc-share-drawn",
  /** On the root element when the address holds page state: the drawings (at the defaults) stay hidden. */
  addressState: "btc-address-state",
} as const;

/** The type a page's module waits under until the first paint: not a script type, so browsers leave it. */
export const WAITING_TYPE = "text/x-after-first-paint";

/** The build's drawings, by file name in their folder: a chart's, its phone drawing, a control's. */
export const drawingFile = {
  chart: (id: string) => `${id}.html`,
  narrow: (id: string) => `narrow-${id}.html`,
  control: (id: string) => `control-${id}.html`,
} as const;

/** The marker a page puts where a chart's drawing goes. */
export function drawingMarker(id: string): string {
  return `<div class="${FIRST_PAINT.drawing}" data-chart="${id}"></div>`;
}

/** The live chart has come: its drawing leaves the page. */
export function removeDrawing(id: string, document: Document = globalThis.document): void {
  document?.querySelector(`.${FIRST_PAINT.drawing}[data-chart="${id}"]`)?.remove();
}

/** Without their data the drawings cannot follow the page's controls: they all leave. */
export function removeDrawings(document: Document = globalThis.document): void {
  for (const drawing of document?.querySelectorAll(`.${FIRST_PAINT.drawing}`) ?? []) drawing.remove();
}

/**
 * A live control is coming into its container: the drawn copy there leaves
 * the moment the live control enters (before the next paint, so the row never
 * changes height), and the page holds no second copy for a reader, a screen
 * reader or a script to find.
 */
export function replaceDrawnControl(id: string, control: Element, document: Document = globalThis.document): void {
  const container = document?.querySelector(`.${FIRST_PAINT.control}[data-control="${id}"]`);
  const drawn = container?.querySelector(`:scope > .${FIRST_PAINT.drawnControl}`);
  if (!container || !drawn) return;
  // Watching the one container, not the page: it costs nothing while the rest of the page renders.
  const observer = new MutationObserver(() => {
    if (control.parentNode !== container) return;
    drawn.remove();
    observer.disconnect();
  });
  observer.observe(container, { childList: true });
}
