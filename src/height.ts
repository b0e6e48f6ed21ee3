/**
 * How a chart's height follows its width. One rule gives both the live
 * chart's height (`heightAt`) and the CSS that holds its build-time drawing
 * at that height in a column of any width (`heightCss`), so that nothing
 * below the chart moves when the live chart takes the drawing's place.
 */

/** `ratio` of the width, held between `min` and `max` (pixels at scale 1). */
export interface HeightRule {
  readonly ratio: number;
  readonly min?: number;
  readonly max?: number;
}

/** The height in pixels of a chart `width` pixels wide, at `scale` (the slide size multiplies it). */
export function heightAt(rule: HeightRule, width: number, scale = 1): number {
  const { ratio, min = 0, max = Number.POSITIVE_INFINITY } = rule;
  return Math.round(Math.min(max, Math.max(min, width * ratio)) * scale);
}

/** A number without float noise (0.55 × 100 is 55.00000000000001), for CSS. */
const css = (value: number) => String(Math.round(value * 1e4) / 1e4);

/**
 * The same height as a CSS length, for an element inside a size container
 * (`container-type: inline-size`) as wide as the chart: `cqi` is a hundredth
 * of the container's width.
 */
export function heightCss(rule: HeightRule, scale = 1): string {
  const share = `${css(rule.ratio * 100 * scale)}cqi`;
  const min = rule.min === undefined ? undefined : `${css(rule.min * scale)}px`;
  const max = rule.max === undefined ? undefined : `${css(rule.max * scale)}px`;
  if (min && max) return `clamp(${min}, ${share}, ${max})`;
  if (min) return `max(${min}, ${share})`;
  if (max) return `min(${share}, ${max})`;
  return share;
}
