// Age and count validation, and band lookup in the rule sets' tables (5.1.1, 5.1.4, 5.1.3).
import type { Band } from "../rules";

/** Bad input to a rule: the functions show it as #VALUE! with this message. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** A whole, non-negative number (an age, a count of persons). `what` names it in the message. */
export function wholeCount(x: unknown, what: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError(`${what} måste vara ett tal.`);
  if (x < 0) throw new InputError(`${what} får inte vara negativ (${x}).`);
  if (!Number.isInteger(x)) throw new InputError(`${what} måste vara ett heltal (${x}).`);
  if (x > max) throw new InputError(`${what} får vara högst ${max} (${x}).`);
  return x;
}

/** A non-negative number (an amount, a distance, a share). */
export function nonNegative(x: unknown, what: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError(`${what} måste vara ett tal.`);
  if (x < 0) throw new InputError(`${what} får inte vara negativt (${x}).`);
  return x;
}

/** The oldest age we accept: 120 covers every living person; older is a data error. */
export const MAX_AGE = 120;

export function age(x: unknown, what = "Ålder"): number {
  return wholeCount(x, what, MAX_AGE);
}

/** The band a whole number falls in (bands start at 0 and end open; the schema checks that). */
export function bandIndex(bands: readonly Band[], n: number): number {
  for (let i = bands.length - 1; i >= 0; i--) if (n >= bands[i].from) return i;
  return 0;
}

export function bandValue(bands: readonly Band[], n: number): string {
  return bands[bandIndex(bands, n)].value;
}
