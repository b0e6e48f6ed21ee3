/**
 * Text inside a PNG file: the chart's title, subtitle, sources and credit as
 * international text chunks (iTXt, UTF-8, so Cyrillic names survive). An
 * image dragged into a slide deck or an image library keeps its citation,
 * and the browser's "Slide" and the export command can be compared by what
 * each picture says it shows. Works on bytes, in the browser and in Node.
 */

/** The text an image carries, by PNG keyword. */
export interface ImageText {
  Title: string;
  /** The subtitle: for a map, its date and state. */
  Description?: string;
  /** The source line. */
  Comment?: string;
  Copyright?: string;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 PNG puts after each chunk (ISO 3309, as in zlib). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const encoder = new TextEncoder();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** One uncompressed iTXt chunk: keyword, no language, UTF-8 text. */
function itxtChunk(keyword: string, text: string): Uint8Array {
  // keyword \0, compression flag 0, method 0, language "" \0, translated keyword "" \0, text
  const body = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const chunk = new Uint8Array(12 + body.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length);
  chunk.set(encoder.encode("iTXt"), 4);
  chunk.set(body, 8);
  view.setUint32(8 + body.length, crc32(chunk.subarray(4, 8 + body.length)));
  return chunk;
}

/**
 * The PNG with its text added after the header chunk (IHDR), where readers
 * look first. Empty fields are left out; keywords must be plain ASCII.
 */
export function withPngText(png: Uint8Array, text: ImageText): Uint8Array {
  if (!PNG_SIGNATURE.every((b, i) => png[i] === b)) throw new Error("not a PNG file");
  const headerEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const chunks = Object.entries(text)
    .filter(([keyword, value]) => /^[A-Za-z][A-Za-z ]{0,78}$/.test(keyword) && value)
    .map(([keyword, value]) => itxtChunk(keyword, String(value)));
  const size = png.length + chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, headerEnd), 0);
  let at = headerEnd;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(headerEnd), at);
  return out;
}
