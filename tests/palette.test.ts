/**
 * Every categorical palette stays distinguishable for readers with the three
 * common colour-vision deficiencies: each pair of colours, simulated for
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009,
 * severity 1), must stay at least ΔE*ab 12 apart in CIELAB.
 */
import { describe, expect, it } from "vitest";
import { alignmentColors, categorical, kindColors, modeColors } from "../src/index.js";

type Matrix = readonly (readonly [number, number, number])[];

const VISIONS: Record<string, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const MIN_DELTA_E = 12;

function toLinear(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(1), channel(2)];
}

/** CIELAB (D65) of a linear-RGB colour. */
function lab([r, g, b]: readonly number[]): [number, number, number] {
  const x = (0.4124 * (r ?? 0) + 0.3576 * (g ?? 0) + 0.1805 * (b ?? 0)) / 0.95047;
  const y = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  const z = (0.0193 * (r ?? 0) + 0.1192 * (g ?? 0) + 0.9505 * (b ?? 0)) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function simulate(hex: string, matrix: Matrix): [number, number, number] {
  const rgb = toLinear(hex);
  const out = matrix.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  return lab(out);
}

function deltaE(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
}

/** The closest pair of a palette under a vision, with its distance. */
function closest(colors: readonly string[], matrix: Matrix): { pair: string; distance: number } {
  let best = { pair: "", distance: Number.POSITIVE_INFINITY };
  for (let i = 0; i < colors.length; i++) {
    for (let j = i + 1; j < colors.length; j++) {
      const d = deltaE(simulate(colors[i] as string, matrix), simulate(colors[j] as string, matrix));
      if (d < best.distance) best = { pair: `${colors[i]} / ${colors[j]}`, distance: d };
    }
  }
  return best;
}

const PALETTES: Record<string, readonly string[]> = {
  "categorical (light)": categorical("light"),
  "categorical (dark)": categorical("dark"),
  "takeover modes (light)": Object.values(modeColors("light")),
  "takeover modes (dark)": Object.values(modeColors("dark")),
  "alignments (light)": Object.values(alignmentColors("light")),
  "alignments (dark)": Object.values(alignmentColors("dark")),
  "kinds (light)": Object.values(kindColors("light")),
  "kinds (dark)": Object.values(kindColors("dark")),
};

describe("colour-blind-safe palettes", () => {
  it("simulates the known case: pure red and green collapse under deuteranopia", () => {
    expect(
      deltaE(simulate("#ff0000", VISIONS.deuteranopia as Matrix), simulate("#00ff00", VISIONS.deuteranopia as Matrix)),
    ).toBeLessThan(
      deltaE(simulate("#ff0000", VISIONS.normal as Matrix), simulate("#00ff00", VISIONS.normal as Matrix)) / 3,
    );
  });

  for (const [name, colors] of Object.entries(PALETTES)) {
    for (const [vision, matrix] of Object.entries(VISIONS)) {
      it(`${name}: every pair stays ΔE ≥ ${MIN_DELTA_E} under ${vision}`, () => {
        const { pair, distance } = closest(colors, matrix);
        expect(distance, `closest pair ${pair}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      });
    }
  }
});
