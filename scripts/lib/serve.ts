/**
 * A static file server for dist/ on loopback, as a static host would serve the
 * built site: `/takeovers` → `takeovers.html`, `/` → `index.html`, a 404 page
 * otherwise. Used by the end-to-end tests, the screenshots and the benchmark.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const base = join(root, clean);
  if (!resolve(base).startsWith(resolve(root))) return undefined;
  const candidates = clean.endsWith("/")
    ? [join(base, "index.html")]
    : [base, `${base}.html`, join(base, "index.html")];
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/** Serves `root` on 127.0.0.1 (port 0 = any free port). `headers` are added to every response. */
export async function serve(
  root = "dist",
  { port = 0, headers = {} as Record<string, string> } = {},
): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = await fileFor(root, url.pathname);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (!file) {
      const notFound = await fileFor(root, "/404");
      response.writeHead(404, { "content-type": TYPES[".html"] ?? "text/html" });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end("Not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
