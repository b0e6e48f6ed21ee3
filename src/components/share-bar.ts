/**
 * Share and download, under every chart: PNG (twice the pixels), SVG, a
 * 1920×1080 slide (downloaded, or copied where the browser allows), the rows
 * the chart shows in its current state as CSV (made in the browser at the
 * click) and the full table it draws from, the chart's metadata (sources,
 * columns, licence, how to cite), the embed snippets, and a permalink to the
 * page in its current state. The images are drawn fresh from the registry in a fixed
 * light or dark theme and the chart's current state, so a download looks
 * like the page the reader sees; the PNGs carry the chart's title, subtitle
 * and sources as text.
 */
import { withPngText } from "../png-text.js";
import { rowsCsv, type Shown, shownFileName } from "../shown.js";
import { fitText, imageText, serializeSvg, slideSvg, standaloneSvg } from "../standalone.js";
import { readerScheme } from "../theme.js";

export interface ShareBarOptions {
  document?: Document;
  id: string;
  /** Address of the full published table the chart draws from, as CSV (relative to the page). */
  dataUrl: string;
  /**
   * The rows the chart shows now, and the state it is in: its "Data (CSV)",
   * made when clicked (without it the bar offers the full table only).
   */
  rows?: () => Shown;
  /** Address of the chart's metadata, `/charts/<id>.json` (relative to the page). */
  metadataUrl?: string;
  /** Renders the chart in its current state with a fixed theme, at a width and type scale when given (a slide). */
  render: (theme: "light" | "dark", size?: { width: number; scale: number }) => Element;
  /** The site's root address, for embed snippets (default: the page's directory). */
  siteUrl?: string;
  /** Query parameters describing the chart's current state (date, calendar...). */
  state?: () => Record<string, string>;
  /** The page's defaults, left out of the permalink as they are out of the page's address. */
  defaults?: Record<string, string>;
  /** The chart's title: the embedded frame's accessible name (default: the id). */
  title?: string;
  /**
   * Offer "Copy image" (default: where the browser can put an image on the
   * clipboard). The build-time drawing of the bar asks for it, to hold the
   * row the live bar takes.
   */
  copyImage?: boolean;
}

/** Text made safe inside a double-quoted HTML attribute (an embed snippet's, a page head's). */
export const escapeAttribute = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Query string for a state, leaving out empty values and those equal to `defaults`. */
export function stateQuery(state: Record<string, string>, defaults: Record<string, string> = {}): string {
  const params = new URLSearchParams(
    Object.entries(state).filter(([k, v]) => v !== "" && v !== undefined && v !== defaults[k]),
  );
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Saves a blob under a file name, as the browser downloads a link's target. */
export function download(document: Document, blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** An SVG string drawn onto a canvas at `zoom` times its size, as a PNG blob. */
export async function svgToPngBlob(document: Document, svg: string, zoom = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.naturalWidth * zoom);
    canvas.height = Math.round(image.naturalHeight * zoom);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The picture's text put into a PNG blob's bytes. */
async function pngWithText(blob: Blob, chart: Element): Promise<Blob> {
  const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), imageText(chart));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "image/png" });
}

/** Whether this browser can put an image on the clipboard. */
function canCopyImages(document: Document): boolean {
  const window = document.defaultView as (Window & typeof globalThis) | null;
  return Boolean(window?.navigator.clipboard?.write && typeof window.ClipboardItem === "function");
}

export function shareBar(options: ShareBarOptions): HTMLElement {
  const {
    document = globalThis.document,
    id,
    dataUrl,
    render,
    state = () => ({}),
    defaults = {},
    title = id,
    copyImage = canCopyImages(document),
  } = options;
  const siteUrl = options.siteUrl ?? new URL("./", document.baseURI).href;
  const bar = document.createElement("div");
  bar.className = "btc-share";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", `Share and download: ${id}`);

  const button = (label: string, title: string, action: () => Promise<void> | void) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.title = title;
    b.addEventListener("click", async () => {
      b.disabled = true;
      try {
        await action();
      } finally {
        b.disabled = false;
      }
    });
    return b;
  };
  const picture = async (zoom: number) => {
    const theme = readerScheme(document);
    const chart = render(theme);
    // Rasterised here, in this browser's fonts: lines too wide for them are squeezed to fit.
    const svg = fitText(standaloneSvg(chart, { document, theme }));
    return pngWithText(await svgToPngBlob(document, serializeSvg(svg), zoom), chart);
  };
  const svgString = () => {
    const theme = readerScheme(document);
    // Left as drawn: whoever opens the file sets it in their own fonts.
    return serializeSvg(standaloneSvg(render(theme), { document, theme }));
  };
  /** The chart as it is now on a 1920×1080 slide, drawn as `npm run export` draws it. */
  const slide = async () => {
    const theme = readerScheme(document);
    const { svg, chart } = slideSvg((size) => render(theme, size), { document, theme });
    return pngWithText(await svgToPngBlob(document, serializeSvg(fitText(svg)), 1), chart);
  };

  const status = document.createElement("span");
  status.className = "btc-share-status";
  status.setAttribute("role", "status");
  status.hidden = true;
  const say = (text: string) => {
    status.textContent = text;
    status.hidden = false;
  };

  const fileLink = (label: string, title: string, href: string, name?: string) => {
    const a = document.createElement("a");
    a.href = href;
    if (name) a.download = name;
    a.textContent = label;
    a.title = title;
    a.className = "btc-share-link";
    return a;
  };
  const { rows } = options;
  const data = rows
    ? [
        button("Data (CSV)", "Download the rows the chart shows, in its current state, as CSV", () => {
          const shown = rows();
          download(
            document,
            new Blob([rowsCsv(shown.rows)], { type: "text/csv;charset=utf-8" }),
            shownFileName(id, shown.state),
          );
        }),
      ]
    : [];
  const table = fileLink(
    "Full table (CSV)",
    "Download the whole published table the chart draws from, as CSV",
    dataUrl,
    dataUrl.split("/").pop() ?? `${id}.csv`,
  );
  const metadata = options.metadataUrl
    ? [
        fileLink(
          "About this chart (JSON)",
          "The chart's title, description, sources, columns, licence and how to cite it, as JSON",
          options.metadataUrl,
        ),
      ]
    : [];

  const link = document.createElement("input");
  link.readOnly = true;
  link.className = "btc-share-url";
  link.setAttribute("aria-label", "Permalink to this chart in its current state");
  const permalink = () => {
    const url = new URL(document.defaultView?.location.href ?? siteUrl);
    url.search = stateQuery(state(), defaults);
    url.hash = id;
    return url.href;
  };

  const query = () => stateQuery(state());
  const iframe = () =>
    `<iframe src="${siteUrl}embed/${id}${query()}" title="${escapeAttribute(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>\n<script>addEventListener("message", (e) => { if (e.data?.type === "btc-embed-height") for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = e.data.height + "px"; });</script>`;
  const module = () =>
    `<div id="${id}-chart"></div>\n<script type="module">\n  import {render} from "${siteUrl}embed/${id}.js";\n  render(document.getElementById("${id}-chart"), ${JSON.stringify(state())});\n</script>`;
  const snippets = document.createElement("details");
  snippets.className = "btc-share-embed";
  const summary = document.createElement("summary");
  summary.textContent = "Embed";
  const code = (label: string, text: () => string) => {
    const wrap = document.createElement("label");
    wrap.textContent = label;
    const area = document.createElement("textarea");
    area.readOnly = true;
    area.rows = 4;
    area.className = "btc-share-code";
    snippets.addEventListener("toggle", () => {
      area.value = text();
    });
    wrap.append(area);
    return wrap;
  };
  snippets.append(
    summary,
    code("As an iframe (resizes itself):", iframe),
    code("As a module (needs the host to allow cross-origin requests to this site):", module),
  );

  bar.append(
    button("PNG", "Download the chart as a PNG image (2× pixels)", async () =>
      download(document, await picture(2), `${id}.png`),
    ),
    button("SVG", "Download the chart as an SVG image", () =>
      download(document, new Blob([svgString()], { type: "image/svg+xml" }), `${id}.svg`),
    ),
    button("Slide", "Download the chart as it is now on a 1920×1080 slide (PNG)", async () =>
      download(document, await slide(), `${id}-slide.png`),
    ),
    ...(copyImage
      ? [
          button("Copy image", "Copy the slide picture to the clipboard", async () => {
            const window = document.defaultView as Window & typeof globalThis;
            // The picture goes in as a promise, so the copy keeps the click's permission while it is drawn.
            const copied = await window.navigator.clipboard
              .write([new window.ClipboardItem({ "image/png": slide() })])
              .then(() => true)
              .catch(() => false);
            say(copied ? "Slide copied: paste it into your presentation." : "The browser did not allow the copy.");
          }),
        ]
      : []),
    ...data,
    table,
    ...metadata,
    button("Copy link", "Copy a link to this chart in its current state", async () => {
      link.value = permalink();
      link.hidden = false;
      link.select();
      await document.defaultView?.navigator.clipboard?.writeText(link.value).catch(() => undefined);
    }),
    link,
    snippets,
    status,
  );
  link.hidden = true;
  return bar;
}
