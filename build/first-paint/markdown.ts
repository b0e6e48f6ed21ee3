/**
 * The first-paint layer's markdown-it plugin (observablehq.config.ts): fills
 * each chart marker of a page with the chart's drawing, and puts each
 * control's drawing at the start of its container. The page's first chart
 * also gets its drawing for phones, if it has one, ahead of the other
 * (docs/style.css shows one of the two). A marker naming no chart or control
 * fails the page (and the build) rather than leaving a hole.
 *
 * With the layer switched off (`firstPaint()` false) markers stay empty and
 * the pages render as plain Framework pages.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { drawingFile, FIRST_PAINT } from "../../src/first-paint.js";
import { firstPaint } from "./switch.js";

/**
 * Where the drawings are written (drawings.ts) and read from. Here, not in
 * drawings.ts, so that Framework's configuration, which loads this plugin,
 * does not load jsdom and every chart with it.
 */
export const STATIC_DIR = join("docs", "_generated", "static");

/** A chart's marker, as the page writes it: `<div class="btc-static" data-chart="<id>"></div>`. */
const MARKER = new RegExp(`<div class="${FIRST_PAINT.drawing}" data-chart="([a-z0-9-]+)"></div>`, "g");

/** A control's container: `<div class="btc-control" data-control="calendar">${calendarInput}</div>`. */
const CONTROL_MARKER = new RegExp(`<div class="${FIRST_PAINT.control}[^"]*" data-control="([a-z0-9-]+)">`, "g");

interface Token {
  type: string;
  content: string;
  children?: Token[] | null;
}
interface MarkdownIt {
  core: { ruler: { push(name: string, rule: (state: { tokens: Token[] }) => void): void } };
}

export function staticCharts(dir = STATIC_DIR) {
  return (md: MarkdownIt): MarkdownIt => {
    if (!firstPaint()) return md;
    const drawing = (kind: string, id: string, name: string) => {
      const file = join(dir, name);
      if (!existsSync(file))
        throw new Error(`static ${kind} "${id}": no ${file} (unknown ${kind} id, or scripts/prepare.ts has not run)`);
      return readFileSync(file, "utf8");
    };
    const chart = (id: string, first: boolean) => {
      const narrow = join(dir, drawingFile.narrow(id));
      return (
        (first && existsSync(narrow) ? readFileSync(narrow, "utf8") : "") + drawing("chart", id, drawingFile.chart(id))
      );
    };
    const fill = (token: Token, page: { charts: number }) => {
      // Raw HTML only: a block of its own, or inline within HTML that holds `${…}` expressions.
      if (token.type === "html_block" || token.type === "html_inline")
        token.content = token.content
          .replace(MARKER, (marker, id: string) =>
            marker.replace("></div>", `>${chart(id, page.charts++ === 0)}</div>`),
          )
          .replace(
            CONTROL_MARKER,
            (marker, id: string) => `${marker}${drawing("control", id, drawingFile.control(id))}`,
          );
      for (const child of token.children ?? []) fill(child, page);
    };
    md.core.ruler.push("first-paint-drawings", (state) => {
      const page = { charts: 0 };
      for (const token of state.tokens) fill(token, page);
    });
    return md;
  };
}
