/** Reading PNG files in tests without an image library. */
import { inflateSync } from "node:zlib";

/** Width, height and whether the pixels vary, read from a PNG's own bytes. */
export function pngInfo(bytes: Buffer): { width: number; height: number; distinctBytes: number } {
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error("not a PNG file");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("ascii", at + 4, at + 8) === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(idat));
  return { width, height, distinctBytes: new Set(pixels.subarray(0, Math.min(pixels.length, 2_000_000))).size };
}
