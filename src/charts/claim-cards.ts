/**
 * The claim cards as charts (`claim-1` … `claim-19`): the claim, its verdict
 * with its symbol, the figures in words, how sure the verdict is, the rule
 * that computes it and what it is computed from, as one SVG. Registered like
 * any chart, so each has an embed, images at stable addresses, a slide and an
 * export; on its page the claim stays a card (components/claim-card.ts).
 */

import { type ChartSpec, defineChart, need } from "../chart.js";
import { VERDICT_BADGE, verdictWords } from "../claims.js";
import { textWidth } from "../labels.js";
import { wrapText } from "../standalone.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Which claims each story page computes, and the published tables it computes them from. */
const CLAIM_GROUPS = [
  { page: "/takeovers", tables: ["takeovers", "control"], ids: [1, 2, 3, 4, 5, 6, 17, 18] },
  { page: "/sovereignty", tables: ["sovereignty"], ids: [7, 8, 9] },
  { page: "/money", tables: ["ruble", "money", "exchange-events", "securities"], ids: [10, 11, 12, 13, 19] },
] as const;

/** "the ruble, money, exchange-events and securities tables" */
function tablesText(tables: readonly string[]): string {
  const names = tables.length > 1 ? `${tables.slice(0, -1).join(", ")} and ${tables.at(-1)}` : (tables[0] ?? "");
  return `the ${names} table${tables.length > 1 ? "s" : ""}`;
}

/** The number of every claim a card is registered for. */
export const CLAIM_IDS: readonly number[] = CLAIM_GROUPS.flatMap((g) => g.ids).sort((a, b) => a - b);

function claimSpec(id: number, group: (typeof CLAIM_GROUPS)[number]): ChartSpec<object, "claims"> {
  return defineChart({
    id: `claim-${id}`,
    // The claim's own title comes from its computation (loaders/claims/); this names it until drawn.
    title: `Claim ${id}`,
    page: group.page,
    tables: ["claims"],
    dataTable: "claims",
    drawsOn: group.tables,
    claim: id,
    draw(data, o) {
      const claim = need(data, "claims").find((c) => c.id === id);
      if (!claim) throw new Error(`claim ${id} is not among the computed claims`);
      const { document, width, type, c } = o;
      const svg = document.createElementNS(SVG_NS, "svg");
      const el = (tag: string, attrs: Record<string, string | number>, text?: string) => {
        const node = document.createElementNS(SVG_NS, tag);
        for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
        if (text !== undefined) node.textContent = text;
        svg.append(node);
        return node;
      };
      let y = 0;
      // The verdict's badge, as on the page's card: its symbol drawn (fonts for images lack ◐ and ✓) and its words.
      const words = verdictWords(claim.verdict);
      const h = Math.round(type.subtitle * 1.7);
      el("rect", {
        x: 0,
        y,
        width: Math.round(textWidth(words, type.subtitle, 0.68) + h * 1.6),
        height: h,
        rx: h / 2,
        fill: VERDICT_BADGE[claim.verdict].background,
        "data-mark": "verdict",
      });
      const symbol = el("g", {
        transform: `translate(${h * 0.65},${y + h / 2})`,
        stroke: "white",
        fill: "none",
        "stroke-width": Math.max(1.5, h * 0.09),
        "stroke-linecap": "round",
        "aria-hidden": "true",
        "data-mark": "verdict-symbol",
        "data-symbol": VERDICT_BADGE[claim.verdict].symbol,
      });
      const r = h * 0.26;
      const shape = (tag: string, attrs: Record<string, string | number>) => {
        const node = document.createElementNS(SVG_NS, tag);
        for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
        symbol.append(node);
      };
      if (claim.verdict === "supported") shape("path", { d: `M${-r},0 L${-r / 3},${r * 0.75} L${r},${-r * 0.8}` });
      else if (claim.verdict === "not supported")
        shape("path", { d: `M${-r},${-r} L${r},${r} M${-r},${r} L${r},${-r}` });
      else if (claim.verdict === "partly supported") {
        shape("circle", { r });
        shape("path", { d: `M0,${-r} A${r},${r} 0 0 0 0,${r} Z`, fill: "white", stroke: "none" });
      } else {
        shape("path", { d: `M${-r * 0.6},${-r * 0.4} A${r * 0.6},${r * 0.6} 0 1 1 0,${r * 0.2} L0,${r * 0.45}` });
        shape("circle", { cy: r * 0.95, r: 0.5, fill: "white" });
      }
      el("text", { x: h * 1.2, y: y + h * 0.7, fill: "white", "font-size": type.subtitle, "font-weight": 600 }, words);
      y += h + Math.round(type.label);
      // Lines are broken for the widest font an image may be set in (a browser without IBM Plex Sans
      // falls back to one such as DejaVu Sans), so that no line runs off the card.
      const section = (lead: string, body: string | undefined, size: number, fill: string) => {
        if (!body) return;
        el("text", { x: 0, y: y + type.tick, "font-size": type.tick, "font-weight": 600, fill: c.muted }, lead);
        y += Math.round(type.tick * 1.35);
        for (const line of wrapText(body, Math.max(20, Math.floor(width / (size * 0.56))))) {
          el("text", { x: 0, y: y + size, "font-size": size, fill }, line);
          y += Math.round(size * 1.28);
        }
        y += Math.round(type.label * 0.5);
      };
      // The claim and the data at label size, how sure and the rule a step smaller: a card fits a slide at slide-size type.
      section("THE CLAIM", claim.claim, type.label, c.foreground);
      section("THE DATA", claim.finding, type.label, c.foreground);
      section("HOW SURE", claim.robustness?.summary, type.tick, c.foreground);
      section("HOW THE VERDICT IS COMPUTED", claim.rule, type.tick, c.muted);
      svg.setAttribute("width", String(width));
      svg.setAttribute("height", String(y));
      svg.setAttribute("viewBox", `0 0 ${width} ${y}`);
      svg.setAttribute("font-family", "inherit");
      svg.setAttribute("aria-label", `Claim ${id}: ${claim.title}. Verdict: ${claim.verdict}.`);
      svg.setAttribute("aria-description", `${claim.claim} ${claim.finding}`);
      return {
        plot: svg,
        title: `Claim ${id}: ${claim.title}`,
        cited: [],
        note: `Sources: the rows of ${tablesText(group.tables)}, each citing its own (listed on the Data page); the verdict computed from them at build time.`,
      };
    },
    /** The card's words: the claim, its verdict, the figures, how sure and the rule. */
    rows(data) {
      return need(data, "claims")
        .filter((c) => c.id === id)
        .map((c) => ({
          id: c.id,
          title: c.title,
          claim: c.claim,
          verdict: c.verdict,
          finding: c.finding,
          how_sure: c.robustness?.summary ?? null,
          rule: c.rule,
        }));
    },
  }) as ChartSpec<object, "claims">;
}

/** Every claim's card as a chart, in the claims' order. */
export const claimSpecs: readonly ChartSpec<object, "claims">[] = CLAIM_IDS.map((id) =>
  claimSpec(id, CLAIM_GROUPS.find((g) => (g.ids as readonly number[]).includes(id)) as (typeof CLAIM_GROUPS)[number]),
);
