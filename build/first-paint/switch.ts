/**
 * The one switch of the first-paint layer: `BTC_FIRST_PAINT=off npm run build`
 * builds the plain Framework site (no drawings in the pages, scripts started
 * as Framework writes them), for comparison and for debugging.
 */
export function firstPaint(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BTC_FIRST_PAINT !== "off";
}
