/** Reading PNG files in tests without an image library. */
import { crc32, inflateSync } from "node:zlib";

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

/**
 * The text chunks of a PNG (iTXt and tEXt), by keyword. Each chunk's CRC is
 * checked with zlib's, which is independent of the package's own.
 */
export function pngText(bytes: Buffer): Record<string, string> {
  const text: Record<string, string> = {};
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("ascii", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length))
      throw new Error(`bad CRC in the ${type} chunk at byte ${at}`);
    if (type === "tEXt" || type === "iTXt") {
      const end = data.indexOf(0);
      const keyword = data.toString("latin1", 0, end);
      if (type === "tEXt") text[keyword] = data.toString("latin1", end + 1);
      else {
        // flag, method, language\0, translated keyword\0, text
        const language = data.indexOf(0, end + 3);
        const translated = data.indexOf(0, language + 1);
        text[keyword] = data.toString("utf8", translated + 1);
      }
    }
    at += 12 + length;
  }
  return text;
}
