// Ages, and band lookup in the rule sets' tables (5.1.1, 5.1.4, 5.1.3).
import type { Band } from "../rules";
import { wholeCount, wholeCountProblem } from "./check";

/** The oldest age we accept: 120 covers every living person; older is a data error. */
export const MAX_AGE = 120;

export function age(x: unknown, what = "Ålder"): number {
  return wholeCount(x, what, MAX_AGE);
}

/** What is wrong with `x` as an age (age()'s message), or undefined when it is one. */
export function ageProblem(x: unknown, what = "Ålder"): string | undefined {
  return wholeCountProblem(x, what, MAX_AGE);
}

/** The band a whole number falls in (bands start at 0 and end open; the schema checks that). */
export function bandIndex(bands: readonly Pick<Band, "from">[], n: number): number {
  for (let i = bands.length - 1; i >= 0; i--) if (n >= bands[i].from) return i;
  return 0;
}

export function bandValue(bands: readonly Band[], n: number): string {
  return bands[bandIndex(bands, n)].value;
}
