// 5.1.3 Glesbygdsfaktor — file 002
// "vårdenheter belägna mer än tre mil från sjukhuset … är berättigade till ersättningen.
// Antal listade invånare vid vårdenheten viktas i tre intervaller. Avståndet från närmsta
// vårdenhet i kommunen till Östersund … är indelad i fem avståndsintervaller."
import { RuleSet, paramBands, paramValue, reading } from "../../rules";
import { InputError, nonNegative, wholeCount } from "../check";
import { Decimal, dec, DecimalInput, ZERO } from "../money";

/** A band with its value parsed once. */
interface Parsed {
  from: number;
  to: number | null;
  value: Decimal;
}

/** The 5.1.3 rule data of one rule set, parsed once and reused by every call (no decimal parsing per call). */
interface Setup {
  listBands: Parsed[];
  hela: boolean;
  narmaste: boolean;
  minsta: number;
  avstandBands: Parsed[];
  budget: Decimal;
  /**
   * Under the marginal reading, per interval: the weighted count of every interval below it
   * (summed in the same order as the loop in listadViktat, so the same value), or null when
   * the intervals do not follow on from each other and the loop must run.
   */
  below: Decimal[] | null;
}
const setups = new WeakMap<RuleSet, Setup>();

/** The band `n` falls in: the last one starting at or below it (as bandIndex in alder.ts). */
function bandAt(bands: readonly Parsed[], n: number): Parsed {
  for (let i = bands.length - 1; i >= 0; i--) if (n >= bands[i].from) return bands[i];
  return bands[0];
}
function setup(rs: RuleSet): Setup {
  let s = setups.get(rs);
  if (!s) {
    const parse = (key: "5.1.3.listintervall" | "5.1.3.avstandsvikter") =>
      paramBands(rs, key).map((b) => ({ from: b.from, to: b.to, value: dec(b.value) }));
    s = {
      listBands: parse("5.1.3.listintervall"),
      hela: reading(rs, "5.1.3.listintervall") === "hela",
      narmaste: reading(rs, "5.1.3.avstand_avrundning") === "narmaste",
      minsta: Number(paramValue(rs, "5.1.3.minsta_avstand")),
      avstandBands: parse("5.1.3.avstandsvikter"),
      budget: dec(paramValue(rs, "5.1.3.total")).times(1000),
      below: null,
    };
    s.below = cumulative(s.listBands);
    setups.set(rs, s);
  }
  return s;
}

/** Σ over the intervals below each one of its whole weighted slice; null unless each interval starts where the last ended. */
function cumulative(bands: readonly Parsed[]): Decimal[] | null {
  const below: Decimal[] = [];
  let total = ZERO;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    const next = bands[i + 1];
    if (next ? b.to === null || b.to + 1 !== next.from : b.to !== null) return null;
    below.push(total);
    const lo = Math.max(b.from, 1);
    if (b.to !== null && b.to >= lo) total = total.plus(b.value.times(b.to - lo + 1));
  }
  return below;
}

/**
 * The listed count weighted by interval. Reading "5.1.3.listintervall": marginal (default)
 * weighs each slice like a tax bracket (5 000 → 2 000 + 1 600 + 600 = 4 200); hela gives
 * the whole count the weight of its interval (5 000 → 3 000).
 */
export function listadViktat(rs: RuleSet, listed: unknown): Decimal {
  const n = wholeCount(listed, "Antal listade");
  const { listBands: bands, hela, below } = setup(rs);
  if (hela) return bandAt(bands, n).value.times(n);
  if (below) {
    // Every interval below n's is whole; n's own from its start to n (the loop below, summed ahead).
    let i = bands.length - 1;
    while (i > 0 && n < bands[i].from) i--;
    const lo = Math.max(bands[i].from, 1);
    return n >= lo ? below[i].plus(bands[i].value.times(n - lo + 1)) : below[i];
  }
  let total = ZERO;
  for (const b of bands) {
    // Persons number 1..n; band [from, to] covers persons max(from,1)..to.
    const lo = Math.max(b.from, 1);
    const hi = b.to === null ? n : Math.min(b.to, n);
    if (hi >= lo) total = total.plus(b.value.times(hi - lo + 1));
  }
  return total;
}

/**
 * Distance weight. Reading "5.1.3.avstand_avrundning": golv (default) gives a fractional
 * distance the band of its floor (29.5 → 0–29 km); narmaste rounds to the nearest km first.
 */
export function avstandsvikt(rs: RuleSet, km: unknown): Decimal {
  const d = nonNegative(km, "Avstånd (km)");
  const s = setup(rs);
  const whole = s.narmaste ? Math.round(d) : Math.floor(d);
  if (whole < s.minsta) return ZERO;
  return bandAt(s.avstandBands, whole).value;
}

/** A unit's sparsity weight = (listed weighted by interval) × (distance weight). */
export function glesbygdsvikt(rs: RuleSet, listed: unknown, km: unknown): Decimal {
  const a = avstandsvikt(rs, km);
  const l = listadViktat(rs, listed);
  return a.isZero() ? ZERO : l.times(a);
}

export function glesbygdBudget(rs: RuleSet): Decimal {
  return setup(rs).budget;
}

/** "The budget is shared in proportion to sparsity weight." */
export function glesbygd(rs: RuleSet, listed: unknown, km: unknown, countyWeight: DecimalInput): Decimal {
  const own = glesbygdsvikt(rs, listed, km);
  if (own.isZero()) return ZERO;
  const county = dec(countyWeight);
  if (county.lt(own)) throw new InputError("Länets glesbygdsvikt kan inte vara mindre än vårdenhetens egen.");
  return glesbygdBudget(rs).times(own).div(county);
}
