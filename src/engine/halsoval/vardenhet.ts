// 5.1 Ersättning för listade invånare — file 002: a whole vårdenhet's annual payment from
// its listed count per age band, CNI, distance and ownership, and the county at once
// (CNI and sparsity are shares of fixed budgets, so every unit needs the county's sums).
import { RuleSet } from "../../rules";
import { InputError, nonNegative, wholeCount } from "../check";
import { Decimal, dec, DecimalInput, sum, ZERO } from "../money";
import { weightedCount } from "./aldersvikt";
import { socioekonomi } from "./cni";
import { avstandFor, kommunernasAvstand } from "./avstand";
import { glesbygd, glesbygdsvikt } from "./glesbygd";
import { lakemedelPris } from "./lakemedel";
import { pris } from "./listad";
import { Komponent, Komponenter, privataTillagg } from "./moms";
import { rehabForCount } from "./rehab";

export interface Vardenhet {
  id: string;
  namn: string;
  kommun: string;
  /** Private (external) units get the VAT compensation and the IT/admin supplement. */
  privat: boolean;
  /** Listed persons per age band of 5.1.1 (0–4, 5–9, …, 100–), at the start of the month. */
  listade: readonly number[];
  /** Listed persons aged 16–67 (5.1.5 does not follow the five-year bands). */
  listade16till67: number;
  /** The unit's CNI (preliminary, from the region). */
  cni: DecimalInput;
  /** Distance from the municipality's nearest unit to Östersund, km (5.1.3). */
  avstandKm: number;
}

export interface LansUnderlag {
  /** Σ(weight × listed) over the county: the divisor of a derived 5.1.1 price. */
  viktadeListade: Decimal;
  /** Σ(listed × CNI) over the county. */
  listadeGangerCni: Decimal;
  /** Σ sparsity weight over the county. */
  glesbygdsvikt: Decimal;
  /** Each municipality's distance (reading 5.1.3.avstand = kommun); absent: each unit's own. */
  avstand?: ReadonlyMap<string, number> | null;
}

export interface EnhetsResultat {
  enhet: Vardenhet;
  listade: number;
  komponenter: Komponenter;
  admin: Decimal;
  moms: Decimal;
  /** 5.1 in all, supplements included. */
  summa: Decimal;
}

export const KOMPONENTER: readonly Komponent[] = ["5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5"];

function checked<T>(e: Vardenhet, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`Vårdenhet "${e.namn}": ${err.message}`);
    throw err;
  }
}

export function antalListade(e: Vardenhet): number {
  return e.listade.reduce((s, n, i) => s + wholeCount(n, `Antal listade i åldersklass ${i + 1}`), 0);
}

function validate(e: Vardenhet): number {
  const n = antalListade(e);
  wholeCount(e.listade16till67, "Antal listade 16–67 år");
  if (e.listade16till67 > n) throw new InputError(`Antal listade 16–67 år (${e.listade16till67}) är fler än alla listade (${n}).`);
  if (dec(e.cni).isNegative()) throw new InputError("CNI får inte vara negativt.");
  nonNegative(e.avstandKm, "Avstånd (km)");
  return n;
}

/** What a unit contributes to the county's sums, validated and computed once per unit. */
interface EnhetsGrund {
  enhet: Vardenhet;
  listade: number;
  /** Σ(5.1.1 weight × listed) and Σ(5.1.4 weight × listed) over the unit's bands. */
  viktade: Decimal;
  lakemedelsviktade: Decimal;
  listadeGangerCni: Decimal;
  glesbygdsvikt: Decimal;
}

function grund(rs: RuleSet, e: Vardenhet, avstand: ReadonlyMap<string, number> | null | undefined): EnhetsGrund {
  return checked(e, () => {
    const n = validate(e);
    return {
      enhet: e,
      listade: n,
      viktade: weightedCount(rs, "5.1.1.vikter", e.listade),
      lakemedelsviktade: weightedCount(rs, "5.1.4.vikter", e.listade),
      listadeGangerCni: dec(e.cni).times(n),
      glesbygdsvikt: glesbygdsvikt(rs, n, avstandFor(e, avstand)),
    };
  });
}

function summera(grunder: readonly EnhetsGrund[], avstand: ReadonlyMap<string, number> | null): LansUnderlag {
  return {
    avstand,
    viktadeListade: sum(grunder.map((g) => g.viktade)),
    listadeGangerCni: sum(grunder.map((g) => g.listadeGangerCni)),
    glesbygdsvikt: sum(grunder.map((g) => g.glesbygdsvikt)),
  };
}

function ersattning(rs: RuleSet, g: EnhetsGrund, lan: LansUnderlag): EnhetsResultat {
  const e = g.enhet;
  return checked(e, () => {
    const komponenter: Komponenter = {
      "5.1.1": g.viktade.times(pris(rs, lan.viktadeListade)),
      "5.1.2": socioekonomi(rs, g.listade, e.cni, lan.listadeGangerCni),
      "5.1.3": glesbygd(rs, g.listade, avstandFor(e, lan.avstand), lan.glesbygdsvikt),
      "5.1.4": g.lakemedelsviktade.times(lakemedelPris(rs)),
      "5.1.5": rehabForCount(rs, e.listade16till67),
    };
    const t = e.privat ? privataTillagg(rs, komponenter) : { admin: ZERO, moms: ZERO };
    const summa = sum(KOMPONENTER.map((k) => komponenter[k])).plus(t.admin).plus(t.moms);
    return { enhet: e, listade: g.listade, komponenter, admin: t.admin, moms: t.moms, summa };
  });
}

/** `kommunAvstand`: a distance per municipality, where given (reading 5.1.3.avstand = kommun). */
export function lansUnderlag(rs: RuleSet, enheter: readonly Vardenhet[], kommunAvstand?: Readonly<Record<string, number>>): LansUnderlag {
  const avstand = kommunernasAvstand(rs, enheter, kommunAvstand);
  return summera(enheter.map((e) => grund(rs, e, avstand)), avstand);
}

/** One unit's payment, given the county's sums (from lansUnderlag). */
export function vardenhetErsattning(rs: RuleSet, e: Vardenhet, lan: LansUnderlag): EnhetsResultat {
  return ersattning(rs, grund(rs, e, lan.avstand), lan);
}

export interface LanetsResultat {
  underlag: LansUnderlag;
  enheter: EnhetsResultat[];
  /** Per component over the county, plus supplements and the grand total. */
  summa: Komponenter & { admin: Decimal; moms: Decimal; summa: Decimal };
}

/** Every unit of the county at once. The result does not depend on the order of the units. */
/** Each unit once: the same id twice is refused, naming the unit. */
export function unikaId(enheter: readonly Vardenhet[]): void {
  const ids = new Set<string>();
  for (const e of enheter) {
    if (ids.has(e.id)) throw new InputError(`Vårdenhet "${e.namn}" (${e.id}) förekommer två gånger.`);
    ids.add(e.id);
  }
}

export function lanetsErsattning(rs: RuleSet, enheter: readonly Vardenhet[], kommunAvstand?: Readonly<Record<string, number>>): LanetsResultat {
  unikaId(enheter);
  const avstand = kommunernasAvstand(rs, enheter, kommunAvstand);
  const grunder = enheter.map((e) => grund(rs, e, avstand));
  const underlag = summera(grunder, avstand);
  const res = grunder.map((g) => ersattning(rs, g, underlag));
  const s = (f: (r: EnhetsResultat) => Decimal) => sum(res.map(f));
  const perKomponent = Object.fromEntries(KOMPONENTER.map((k) => [k, s((r) => r.komponenter[k])])) as Komponenter;
  return {
    underlag,
    enheter: res,
    summa: { ...perKomponent, admin: s((r) => r.admin), moms: s((r) => r.moms), summa: s((r) => r.summa) },
  };
}


