// Swedish axis labels for the charts (issue 12: Swedish number format everywhere): round
// tick values chosen here, each written "50 mn", "−2,5 mn", "800 tn" (sv-SE short forms),
// so the chart library's own English formats ("50M") never show.
const kompakt = new Intl.NumberFormat("sv-SE", { notation: "compact", maximumFractionDigits: 1 });
const ore = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 50 000 000 → "50 mn", −2 454 422 → "−2,5 mn". */
export const svKompakt = (v: number): string => kompakt.format(v);

/** Kronor to the öre, with sign: "+14 883 677,39 kr", "−2 454 422,68 kr", "0,00 kr". */
export function svKronorOre(v: number, sign = false): string {
  const s = ore.format(Math.abs(v));
  return `${v < 0 ? "−" : sign && v > 0 ? "+" : ""}${s} kr`;
}

/** About `n` round ticks covering [min, max] (always including 0): 1, 2 or 5 × 10^k apart. */
export function ticks(min: number, max: number, n = 4): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi === lo) return [0];
  const raw = (hi - lo) / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let t = Math.floor(lo / step) * step; t < hi + step; t += step) {
    out.push(Math.round(t / p) * p);
    if (t >= hi) break;
  }
  return out;
}
