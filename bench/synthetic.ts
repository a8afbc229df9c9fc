// SYNTHETIC data for the benchmarks and the size tests: made-up ages and units of a
// realistic county size (132 000 persons). Not real data; never shipped.
import type { Vardenhet } from "../src/engine/halsoval/vardenhet";

/** Deterministic synthetic ages 0–105 (mulberry32), shaped roughly like a Swedish county. */
export function syntheticAges(n: number, seed = 20261123): Int32Array {
  let s = seed;
  const rnd = () => {
    s |= 0;
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ages = new Int32Array(n);
  for (let i = 0; i < n; i++) ages[i] = Math.min(105, Math.floor(rnd() * 85 + (rnd() < 0.2 ? rnd() * 20 : 0)));
  return ages;
}

const KOMMUNER = ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"];

/** `n` synthetic units sharing the county's `ages` round-robin, in the eight municipalities. */
export function syntheticUnits(n: number, ages: Int32Array = syntheticAges(132_000)): Vardenhet[] {
  const counts = Array.from({ length: n }, () => Array<number>(21).fill(0));
  const working = Array<number>(n).fill(0);
  ages.forEach((a, i) => {
    counts[i % n][Math.min(20, Math.floor(a / 5))]++;
    if (a >= 16 && a <= 67) working[i % n]++;
  });
  return counts.map((listade, i) => ({
    id: `S${i + 1}`, namn: `Syntetisk enhet ${i + 1}`, kommun: KOMMUNER[i % 8], privat: i % 4 === 0,
    listade, listade16till67: working[i], cni: "1", avstandKm: (i * 13) % 200,
  }));
}
