// Measuring helpers for npm run bench: median timings, Swedish number formatting, and the
// two yardsticks every figure is printed beside (measured in the same run, so the ratio
// says more than the milliseconds on a shared machine): a decimal.js multiply per element
// and a plain number loop per element.
import Decimal from "decimal.js";

/** Median of `repeat` timed runs after one warm-up; the last result. */
export function time<T>(f: () => T, repeat: number): { ms: number; result: T } {
  let result = f();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = process.hrtime.bigint();
    result = f();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)], result };
}

/** A number with a decimal comma and spaces between thousands (Swedish). */
export function sv(x: number, decimals = 2): string {
  return x.toLocaleString("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).replace(/\u2212/g, "-");
}

export const ms = (x: number) => `${sv(x, x < 10 ? 2 : 0)} ms`;
export const us = (x: number) => `${sv(x, x < 1 ? 3 : 2)} µs`;
export const ratio = (x: number) => `${sv(x, 2)}×`;
/** "✓" when the target holds, "✗" otherwise (the figure is printed either way). */
export const meets = (ok: boolean) => (ok ? "✓ uppfyllt" : "✗ inte uppfyllt");

export interface Yardsticks {
  /** µs per element: one decimal.js multiply (an age weight × the price). */
  decimalMul: number;
  /** µs per element: a plain number loop (table lookup × price) over the same ages. */
  plainLoop: number;
  /**
   * µs per element: a decimal.js multiply of a cell's number (made a Decimal, then × the
   * price), as a call computing with decimal.js would. Shown beside the targets, which are
   * set against the bare multiply above (the stricter of the two).
   */
  decimalFromCell: number;
}

/** The yardsticks over `ages`, measured now. */
export function yardsticks(ages: Int32Array): Yardsticks {
  const weights = Array.from({ length: 121 }, (_, a) => new Decimal(1 + (a % 21) / 10));
  const price = new Decimal("2301");
  const n = ages.length;
  const dec = time(() => {
    let last: Decimal = price;
    for (let i = 0; i < n; i++) last = weights[ages[i]].times(price);
    return last;
  }, 5);
  const numbers = weights.map((w) => w.toNumber());
  const fromCell = time(() => {
    let last: Decimal = price;
    for (let i = 0; i < n; i++) last = new Decimal(numbers[ages[i]]).times(price);
    return last;
  }, 5);
  const plain = time(() => {
    let s = 0;
    for (let i = 0; i < n; i++) s += numbers[ages[i]] * 2301;
    return s;
  }, 15);
  return { decimalMul: (dec.ms * 1000) / n, plainLoop: (plain.ms * 1000) / n, decimalFromCell: (fromCell.ms * 1000) / n };
}

/**
 * One line: what, µs per element, and the ratios to the yardsticks; with a target, its
 * verdict against both decimal.js yardsticks: the (a multiply of a cell's number,
 * "≈ 1 µs here" when the targets were set) and the bare multiply of two ready decimals.
 */
export function perElement(label: string, usPer: number, y: Yardsticks, target?: { factor: number; text: string }): string {
  const vsDec = usPer / y.decimalMul;
  const vsCell = usPer / y.decimalFromCell;
  const goal = target
    ? `; mål ${target.text}: mot en cells tal ${ratio(vsCell)} → ${meets(vsCell <= target.factor)}, mot två färdiga decimaltal ${ratio(vsDec)} → ${meets(vsDec <= target.factor)}`
    : "";
  return `   ${label}: ${us(usPer)} per element = ${ratio(vsDec)} en decimal.js-multiplikation, ${ratio(usPer / y.plainLoop)} en vanlig talloop${goal}`;
}
