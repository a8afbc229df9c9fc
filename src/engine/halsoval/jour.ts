// 3.1.6 Jour och beredskap — file 002: "Storleken på åtagandet fördelas utifrån antalet
// listade." The agreement describes a duty ("Vårdgivarna ska dela solidariskt på
// åtagandet"); its size is an input (kronor, hours or shifts: the agreement gives none) and
// is shared in proportion to the listed count, to two decimals by largest remainder so the
// shares sum exactly to the total.
import { InputError, wholeCount } from "../check";
import { Decimal, dec, DecimalInput, distribute, roundOre } from "../money";

export function jourAndelar(total: DecimalInput, listade: readonly unknown[]): Decimal[] {
  const t = dec(total);
  if (!t.isFinite() || t.isNegative()) throw new InputError("Jouråtagandet måste vara ett tal ≥ 0.");
  const counts = listade.map((n, i) => wholeCount(n, `Antal listade (rad ${i + 1})`));
  if (counts.length === 0) throw new InputError("Det finns inga vårdenheter att fördela jouråtagandet på.");
  if (counts.every((n) => n === 0)) throw new InputError("Ingen vårdenhet har listade: jouråtagandet kan inte fördelas.");
  return distribute(roundOre(t), counts, 2);
}
