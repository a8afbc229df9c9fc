// The fast path of a function of three numbers called once per cell (a column filled down,
// =HALSOVAL.GLESBYGD(B2;C2;$D$1)): when every argument is one number and the pin is in
// place, the engine's Excel number for them, without the general path's range handling.
// Anything else (a range, text, an empty cell, a failure, a result Excel cannot hold) goes
// the general path, which gives the same number or says what is wrong.
import type { RuleSet } from "../rules";
import type { Grid, Out } from "./adapt";
import type { PerState } from "./setup";

/** A cell as Excel passes it ([[v]]) or a value: the number, else undefined. */
function one(x: unknown): number | undefined {
  let v = x;
  if (Array.isArray(x)) {
    const row: unknown = x[0];
    v = x.length === 1 && Array.isArray(row) && row.length === 1 ? row[0] : undefined;
  }
  return typeof v === "number" ? v : undefined;
}

/** f(rule set, a, b, c) as a 1×1 result when all three are single numbers and f gives a finite number; else undefined. */
export function scalar3(
  rules: PerState<RuleSet>,
  ar: unknown,
  a: unknown,
  b: unknown,
  c: unknown,
  f: (rs: RuleSet, a: number, b: number, c: number) => number,
): Grid<Out> | undefined {
  const rs = rules.forCall(ar);
  if (rs === null) return undefined;
  const x = one(a);
  const y = one(b);
  const z = one(c);
  if (x === undefined || y === undefined || z === undefined) return undefined;
  try {
    const v = f(rs, x, y, z);
    return Number.isFinite(v) ? [[v]] : undefined;
  } catch {
    return undefined; // the general path computes again and gives the message
  }
}
