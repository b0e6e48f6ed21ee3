/**
 * The decks /present shows: every slide names a registered chart at a state
 * the pages offer, a computed claim, or words; the address picks the slide;
 * Esc leaves for the slide's page at its state.
 */
import { describe, expect, it } from "vitest";
import { allClaims } from "../loaders/claims/all.js";
import { CLAIM_IDS } from "../src/charts/claim-cards.js";
import { VERDICT_BADGE, verdictWords } from "../src/claims.js";
import { slideFromAddress, slideSource } from "../src/components/deck.js";
import { checkDeck, type Deck, defineDeck } from "../src/deck.js";
import { decks } from "../src/decks/index.js";
import { pageCharts, renderChart, requireChart } from "../src/registry.js";
import { newDocument } from "./snapshot.js";

describe("decks", () => {
  it("every deck's slides name registered charts (or claims) at valid states, or words", async () => {
    for (const deck of decks) expect(checkDeck(deck), deck.id).toEqual([]);
    // Every claim a slide shows is computed.
    const computed = (await allClaims()).map((c) => `claim-${c.id}`);
    for (const deck of decks)
      for (const slide of deck.slides)
        if ("chart" in slide && slide.chart.startsWith("claim-")) expect(computed).toContain(slide.chart);
    expect(decks[0]?.id).toBe("argument");
    expect(new Set(decks.map((d) => d.id)).size).toBe(decks.length);
  });

  it("a forker's mistakes are named, slide by slide", () => {
    const bad: Deck = defineDeck({
      id: "mine",
      title: "Mine",
      slides: [
        { chart: "takeover-mapp", caption: "Typo", notes: "" },
        {
          chart: "takeover-map",
          state: { date: "1918-02-30", colorBy: "size" as never },
          caption: "Bad state",
          notes: "",
        },
        { chart: "claim-99", caption: "", notes: "" },
      ],
    });
    expect(checkDeck(bad)).toEqual([
      expect.stringMatching(/^deck "mine", slide 1: unknown chart "takeover-mapp"; valid ids: events, takeover-map/),
      'deck "mine", slide 2: date "1918-02-30" is not a real day as YYYY-MM-DD',
      'deck "mine", slide 2: colorBy "size" is not one of holder, mode, date',
      'deck "mine", slide 3: no caption',
      expect.stringMatching(/^deck "mine", slide 3: unknown chart "claim-99"; valid ids: .*claim-1, claim-2/),
    ]);
  });

  it("the address picks the slide, within the deck", () => {
    expect(slideFromAddress("?slide=5", 18)).toBe(5);
    expect(slideFromAddress("?slide=40", 18)).toBe(18);
    expect(slideFromAddress("?slide=0", 18)).toBe(1);
    expect(slideFromAddress("?slide=two", 18)).toBe(1);
    expect(slideFromAddress("", 18)).toBe(1);
  });

  it("Esc leaves for the page a chart comes from, at the slide's state", () => {
    const base = new URL("https://example.org/btc/");
    expect(slideSource({ chart: "takeover-map", state: { date: "1918-09-01" }, caption: "x", notes: "" }, base)).toBe(
      "https://example.org/btc/takeovers?date=1918-09-01#takeover-map",
    );
    expect(slideSource({ chart: "events", caption: "x", notes: "" }, base)).toBe("https://example.org/btc/#events");
    expect(slideSource({ heading: "Hi", caption: "x", notes: "" }, base)).toBe("https://example.org/btc/");
  });
});

describe("claim cards as charts", () => {
  it("registers a card for every computed claim, on the page that computes it", async () => {
    const claims = await allClaims();
    expect([...CLAIM_IDS]).toEqual(claims.map((c) => c.id));
    const pages = { takeovers: [1, 2, 3, 4, 5, 6, 17, 18], sovereignty: [7, 8, 9], money: [10, 11, 12, 13, 19] };
    for (const [page, ids] of Object.entries(pages))
      for (const id of ids) expect(requireChart(`claim-${id}`).page, `claim ${id}`).toBe(`/${page}`);
    // On its page a claim is a card, not a chart: the page's charts leave it out.
    expect(pageCharts("/takeovers").some((c) => c.id.startsWith("claim-"))).toBe(false);
  });

  it("draws the claim, its verdict badge with its symbol, the figures, how sure, the rule and what it is computed from", async () => {
    const claims = await allClaims();
    const draw = (rows: typeof claims) =>
      renderChart("claim-9", { claims: rows }, { document: newDocument(), width: 800, theme: "light" });
    const card = draw(claims);
    const nine = claims.find((c) => c.id === 9);
    expect(card.querySelector(".btc-title")?.textContent).toBe(`Claim 9: ${nine?.title}`);
    const texts = [...card.querySelectorAll("svg text")].map((t) => t.textContent);
    expect(texts[0]).toBe(verdictWords(nine?.verdict ?? "no data"));
    expect(card.querySelector('svg [data-mark="verdict-symbol"]')?.getAttribute("data-symbol")).toBe(
      VERDICT_BADGE[nine?.verdict ?? "no data"].symbol,
    );
    expect(texts).toEqual(expect.arrayContaining(["THE CLAIM", "THE DATA", "HOW SURE", "HOW THE VERDICT IS COMPUTED"]));
    expect(texts.join(" ")).toContain((nine?.finding ?? "").split(" ").slice(0, 6).join(" "));
    expect(card.querySelector(".btc-caption")?.textContent).toMatch(/^Sources: the rows of the sovereignty table/);
    // A verdict changed in the data changes the badge: its words, symbol and colour.
    const changed = draw(claims.map((c) => (c.id === 9 ? { ...c, verdict: "not supported" as const } : c)));
    expect(changed.querySelector("svg text")?.textContent).toBe("Not supported");
    expect(changed.querySelector('svg [data-mark="verdict-symbol"]')?.getAttribute("data-symbol")).toBe("✗");
    expect(changed.querySelector('svg [data-mark="verdict"]')?.getAttribute("fill")).toBe(
      VERDICT_BADGE["not supported"].background,
    );
    expect(() => draw(claims.filter((c) => c.id !== 9))).toThrow(/claim 9 is not among the computed claims/);
  });
});
