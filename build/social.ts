/**
 * Social-preview metadata for every page: what a link to the page shows when
 * pasted into a chat, a feed or a slide tool (Open Graph and Twitter cards).
 * The picture is the page's first chart at its stable address; a page without
 * charts shows the overview's first. Absolute addresses need the site's
 * public root, from BTC_SITE_URL at build time; without it they are relative
 * to the page, which previews on the site itself still resolve.
 */
import { escapeAttribute } from "../src/components/share-bar.js";
import { chartById, charts, pageCharts } from "../src/registry.js";

export const SITE_TITLE = "Beyond the Capitals";
const DEFAULT_DESCRIPTION =
  "How Soviet power spread beyond Petrograd and Moscow after October 1917, and what the ruble and the markets did meanwhile: sourced data, charts and computed verdicts on the historians' claims.";

/** The chart whose image stands for a page: an embed's own chart, a story page's first, or the site's first. */
export function pageChart(path: string): string {
  const embedded = /^\/embed\/([^/]+)$/.exec(path)?.[1];
  if (embedded && chartById(embedded)) return embedded;
  return (pageCharts(path)[0] ?? charts[0])?.id ?? "";
}

/** An address on the site from a page: absolute under `siteUrl`, or relative to the page. */
function siteAddress(path: string, target: string, siteUrl: string): string {
  if (siteUrl) return new URL(target, siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).href;
  const depth = path.split("/").length - 2;
  return `${depth > 0 ? "../".repeat(depth) : "./"}${target}`;
}

export interface SocialPage {
  title?: string | null;
  data?: { description?: unknown } | null;
  path: string;
}

/** The page's description and Open Graph and Twitter card tags. */
export function socialMeta(page: SocialPage, siteUrl = process.env.BTC_SITE_URL ?? ""): string {
  const title = page.title && page.title !== SITE_TITLE ? `${page.title} | ${SITE_TITLE}` : SITE_TITLE;
  const description = typeof page.data?.description === "string" ? page.data.description : DEFAULT_DESCRIPTION;
  const image = siteAddress(page.path, `charts/${pageChart(page.path)}.png`, siteUrl);
  const url = siteUrl ? siteAddress(page.path, page.path.replace(/^\//, ""), siteUrl) : "";
  const tags: [string, string, string][] = [
    ["name", "description", description],
    ["property", "og:type", "website"],
    ["property", "og:site_name", SITE_TITLE],
    ["property", "og:title", title],
    ["property", "og:description", description],
    ["property", "og:image", image],
    ["property", "og:image:alt", chartById(pageChart(page.path))?.title ?? title],
    ...(url ? [["property", "og:url", url] as [string, string, string]] : []),
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:title", title],
    ["name", "twitter:description", description],
    ["name", "twitter:image", image],
  ];
  return tags.map(([key, name, content]) => `<meta ${key}="${name}" content="${escapeAttribute(content)}">`).join("\n");
}
