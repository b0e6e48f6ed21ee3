/**
 * A deck on screen (`/present`): each slide a 16:9 frame that fills the
 * window, its chart drawn as the "Slide" picture is (slideSvg), so type sized
 * for a 1920×1080 slide stays that size relative to the frame. Arrow keys,
 * space, Page Up/Down and a click move between slides; `f` toggles full
 * screen, `n` the speaker notes, `Esc` leaves for the page the slide comes
 * from. The slide's number is in the address. Printing gives one slide a page.
 */
import { checkDeck, type Deck, isChartSlide, type Slide } from "../deck.js";
import { fetchChartData, fetchTable } from "../embed.js";
import { renderChart, requireChart } from "../registry.js";
import { fitText, slideSvg } from "../standalone.js";
import { colors, readerScheme } from "../theme.js";

/** A slide is 1920×1080; its caption takes the top 120 px, the chart the rest. */
export const SLIDE_SIZE = { width: 1920, height: 1080, caption: 120 } as const;

export interface PresentOptions {
  document?: Document;
  /** The site's /data/ folder (default: ./data/ from the page). */
  dataBase?: URL;
  /** The site's root, for the pages slides come from (default: the page's directory). */
  siteBase?: URL;
}

/** The slide number (1-based) the address asks for, within the deck. */
export function slideFromAddress(search: string, count: number): number {
  const n = Number(new URLSearchParams(search).get("slide"));
  return Number.isInteger(n) && n >= 1 ? Math.min(n, count) : 1;
}

/** The page a slide comes from, with its state: where `Esc` leaves for. */
export function slideSource(slide: Slide, siteBase: URL): string {
  if (isChartSlide(slide)) {
    const chart = requireChart(slide.chart);
    const url = new URL(chart.page === "/" ? "./" : `.${chart.page}`, siteBase);
    for (const [key, value] of Object.entries(slide.state ?? {})) url.searchParams.set(key, String(value));
    url.hash = chart.id;
    return url.href;
  }
  return new URL("./", siteBase).href;
}

/**
 * Builds the deck into `container` and starts it on the slide the address
 * names. Returns the deck's element; its `data-current` is the slide shown.
 */
export async function presentDeck(deck: Deck, container: Element, options: PresentOptions = {}): Promise<HTMLElement> {
  const problems = checkDeck(deck);
  if (problems.length) throw new Error(`the deck cannot be shown:\n${problems.join("\n")}`);
  const document = options.document ?? container.ownerDocument;
  const window = document.defaultView as Window & typeof globalThis;
  const dataBase = options.dataBase ?? new URL("./data/", document.baseURI);
  const siteBase = options.siteBase ?? new URL("./", document.baseURI);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const root = el("div", "btc-deck");
  root.setAttribute("role", "region");
  root.setAttribute("aria-roledescription", "slide deck");
  root.setAttribute("aria-label", deck.title);
  const stage = el("div", "btc-deck-stage");
  const announce = el("p", "btc-visually-hidden");
  announce.setAttribute("aria-live", "polite");
  const count = deck.slides.length;
  const frames = deck.slides.map((slide, i) => {
    const frame = el("section", "btc-slide");
    frame.setAttribute("aria-roledescription", "slide");
    frame.setAttribute("aria-label", `${i + 1} of ${count}: ${slide.caption}`);
    frame.dataset.slide = String(i + 1);
    frame.append(el("h2", "btc-slide-caption", slide.caption), el("div", "btc-slide-body"));
    const notes = el("aside", "btc-slide-notes");
    notes.setAttribute("aria-label", "Speaker notes");
    notes.append(el("p", "", slide.notes));
    frame.append(notes);
    frame.hidden = true;
    return frame;
  });
  stage.append(...frames);

  const bar = el("div", "btc-deck-bar");
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "Slide controls");
  const button = (label: string, title: string, action: () => void) => {
    const b = el("button", "", label);
    b.type = "button";
    b.title = title;
    b.addEventListener("click", (event) => {
      event.stopPropagation();
      action();
    });
    return b;
  };
  const position = el("span", "btc-deck-position");
  // Slides are 16:9: on a phone held upright they are small.
  const hint = el("span", "btc-deck-hint", "Turn your phone sideways for larger slides.");
  bar.append(
    button("← Previous", "Previous slide (←, Page Up)", () => show(current - 1)),
    position,
    button("Next →", "Next slide (→, space, Page Down)", () => show(current + 1)),
    button("Notes", "Show or hide the speaker notes (n)", () => root.classList.toggle("btc-deck-notes")),
    button("Full screen", "Full screen on or off (f)", () => toggleFullScreen()),
    button("Leave", "Leave for the page this slide comes from (Esc)", () => leave()),
    hint,
  );
  root.append(stage, bar, announce);
  container.replaceChildren(root);

  // Tables, each fetched once for all the slides that draw from it.
  const tables = new Map<string, Promise<unknown>>();
  const table = (name: string) => {
    let promise = tables.get(name);
    if (!promise) {
      promise = fetchTable(name, dataBase);
      tables.set(name, promise);
    }
    return promise;
  };

  let theme = readerScheme(document);
  // The frame takes the pictures' own background, so a slide reads as one surface in either scheme.
  const paint = () => root.style.setProperty("--btc-slide-background", colors(theme).background);
  paint();
  /** Draws a slide's body: its chart (or claim card) at slide size in the reader's scheme, or its words. */
  async function draw(i: number): Promise<void> {
    const slide = deck.slides[i] as Slide;
    const frame = frames[i] as HTMLElement;
    const body = frame.querySelector(".btc-slide-body") as HTMLElement;
    try {
      if (isChartSlide(slide)) {
        const data = await fetchChartData(slide.chart, dataBase, table);
        const { svg } = slideSvg(
          (size) => renderChart(slide.chart, data, { ...slide.state, ...size, document, theme }),
          {
            document,
            theme,
            width: SLIDE_SIZE.width,
            height: SLIDE_SIZE.height - SLIDE_SIZE.caption,
          },
        );
        svg.classList.add("btc-slide-picture");
        svg.removeAttribute("width");
        svg.removeAttribute("height");
        body.replaceChildren(svg);
        // Measured laid out: a slide drawn in the background is shown for the measuring, before any paint.
        const hidden = frame.hidden;
        frame.hidden = false;
        fitText(svg);
        frame.hidden = hidden;
      } else {
        const words = el("div", "btc-slide-words");
        words.append(el("h1", "", slide.heading));
        if (slide.text) words.append(el("p", "", slide.text));
        body.replaceChildren(words);
      }
      frame.dataset.ready = theme;
    } catch (error) {
      const message = el("p", "btc-error", `This slide could not be drawn: ${(error as Error).message}.`);
      message.setAttribute("role", "alert");
      body.replaceChildren(message);
      frame.dataset.ready = "error";
    }
  }
  let current = 1;
  function show(n: number): void {
    const next = Math.max(1, Math.min(count, n));
    frames[current - 1]?.setAttribute("hidden", "");
    current = next;
    const frame = frames[current - 1] as HTMLElement;
    frame.hidden = false;
    root.dataset.current = String(current);
    position.textContent = `${current} / ${count}`;
    announce.textContent = `Slide ${current} of ${count}: ${deck.slides[current - 1]?.caption ?? ""}`;
    const url = new URL(window.location.href);
    url.searchParams.set("slide", String(current));
    window.history.replaceState(window.history.state, "", url);
    if (!frame.dataset.ready) void draw(current - 1);
  }

  function toggleFullScreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void root.requestFullscreen?.().catch(() => undefined);
  }
  function leave(): void {
    window.location.href = slideSource(deck.slides[current - 1] as Slide, siteBase);
  }

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as Element | null;
    // Space and Enter on a control belong to the control.
    if ((event.key === " " || event.key === "Enter") && target?.closest("button, a, input, summary")) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => show(current + 1),
      ArrowDown: () => show(current + 1),
      PageDown: () => show(current + 1),
      " ": () => show(current + (event.shiftKey ? -1 : 1)),
      ArrowLeft: () => show(current - 1),
      ArrowUp: () => show(current - 1),
      PageUp: () => show(current - 1),
      Home: () => show(1),
      End: () => show(count),
      f: toggleFullScreen,
      n: () => root.classList.toggle("btc-deck-notes"),
      // In full screen the browser takes Esc to leave it; otherwise Esc leaves the deck.
      Escape: () => (document.fullscreenElement ? undefined : leave()),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  });
  // A click on the slide advances; on its left quarter, goes back.
  stage.addEventListener("click", (event) => {
    if ((event.target as Element).closest("a, button, summary, details")) return;
    const box = stage.getBoundingClientRect();
    show(current + (event.clientX < box.left + box.width / 4 ? -1 : 1));
  });
  // Printing draws every slide first, one to a page.
  window.addEventListener("beforeprint", () => {
    for (let i = 0; i < count; i++) if (!frames[i]?.dataset.ready) void draw(i);
  });
  // The deck follows the reader's scheme: slides drawn in the other are drawn again when shown.
  window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener("change", () => {
    theme = readerScheme(document);
    paint();
    for (const frame of frames) if (frame.dataset.ready && frame.dataset.ready !== "error") delete frame.dataset.ready;
    void draw(current - 1);
  });

  show(slideFromAddress(window.location.search, count));
  await draw(current - 1);
  // The rest are drawn in the background, so that moving on is instant and printing finds them drawn.
  for (let i = 0; i < count; i++) if (!frames[i]?.dataset.ready) await draw(i);
  root.dataset.drawn = "all";
  return root;
}
