/**
 * Headless Chromium for tests, screenshots and the benchmark: the Debian
 * package (/usr/bin/chromium) or CHROMIUM_PATH, driven by playwright-core.
 * No tool ever downloads a browser of its own.
 */

import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { FIRST_PAINT } from "../../src/first-paint.js";

/** Flags that keep Chromium off the network it cannot reach here. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** The Chromium binary to use, or undefined when there is none. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error("Chromium not found: install the Debian package (apt-get install chromium) or set CHROMIUM_PATH");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** What went wrong while a page loaded: console errors, failed requests, requests off loopback. */
export interface PageReport {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Starts recording a page's errors and requests; read the report after navigating. */
export function watchPage(page: Page): PageReport {
  const report: PageReport = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") report.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => report.consoleErrors.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    report.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? "failed"})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) report.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  page.on("request", (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return;
    if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname)) report.foreignRequests.push(request.url());
  });
  return report;
}

/**
 * Waits until the page has loaded and has finished no new fetch for `quiet`
 * ms. Not Playwright's "networkidle": that also waits on the lifecycle of every
 * iframe, and /embed/'s live example, in a block below the screen, sometimes
 * never reports one on a slowed phone-width page (seen in CI: 180 s without it).
 */
export async function settle(page: Page, timeout = 20_000, quiet = 500): Promise<void> {
  await page.waitForLoadState("load", { timeout });
  await page.waitForFunction(
    (quiet) => {
      const seen = window as unknown as { btcFetched?: number; btcSince?: number };
      const fetched = performance.getEntriesByType("resource").length;
      if (seen.btcFetched !== fetched) {
        seen.btcFetched = fetched;
        seen.btcSince = performance.now();
      }
      return performance.now() - (seen.btcSince as number) >= quiet;
    },
    quiet,
    { timeout, polling: 100 },
  );
}

/**
 * Lays out the whole page — pages leave blocks far below the screen unrendered
 * (content-visibility), so their charts go live only when a reader nears them
 * — and waits until every chart is live: for full-page screenshots and tests.
 */
export async function showWholePage(page: Page, timeout = 20_000): Promise<number> {
  await settle(page, timeout);
  await page.addStyleTag({ content: "#observablehq-main > * { content-visibility: visible !important; }" });
  await page.waitForFunction((drawing) => !document.querySelector(drawing), `.${FIRST_PAINT.drawing}`, { timeout });
  return waitForCharts(page, timeout);
}

/** Waits until every chart figure on the page has its SVG, or throws naming the page. */
export async function waitForCharts(page: Page, timeout = 20_000): Promise<number> {
  await settle(page, timeout);
  await page.waitForFunction(
    () => {
      const figures = [...document.querySelectorAll("figure.btc-chart")];
      return figures.every((f) => f.querySelector("svg"));
    },
    undefined,
    { timeout },
  );
  return page.locator("figure.btc-chart").count();
}
