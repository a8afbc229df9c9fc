// 5 Ersättning: månadens utbetalning per vårdenhet — file 002. Puts together, for each month
// and unit, the 5.1 twelfth (engine/halsoval/manad.ts), 5.2 variable payments (rorlig.ts),
// 5.3 supplements with their caps (tillagg.ts, tillaggsuppdrag.ts) and the 3.1.6 on-call
// share (jour.ts), each as a line with its basis. Every amount is computed by the engine.
import { RuleSet, paramValue } from "../../rules";
import { InputError } from "../../engine/check";
import { Decimal, dec, distribute, roundOre, sum } from "../../engine/money";
import { arsErsattning, ManadsRad, Manadslistning, MANADSDELAR } from "../../engine/halsoval/manad";
import { lp4uAvdrag, RORLIGA_POSTER, RorligPost, rorligErsattning } from "../../engine/halsoval/rorlig";
import { atLakare, familjecentral, psykolog, representation, sarskiltBoende, stLakare } from "../../engine/halsoval/tillagg";
import { fastBelopp, reduceraMotTak, tillaggForManad, TakKey } from "../../engine/halsoval/tillaggsuppdrag";
import { jourAndelar } from "../../engine/halsoval/jour";
import { Datum, utbetalningsdag } from "../../engine/halsoval/utbetalning";
import { BELOPPSPOSTER, RorligRad, TillaggRad } from "./poster";

/** A refusal of one row of the 5.2 or 5.3 table, with the table and row it names (the message says them too). */
export class RadFel extends InputError {
  constructor(
    readonly table: "rorlig" | "tillagg",
    readonly row: number,
    readonly reason: string,
  ) {
    super(`${table === "rorlig" ? "rörlig" : "tillägg"} rad ${row}: ${reason}`);
  }
}

/** The payment list's amount columns, in order. */
export const KOLUMNER = [
  ...MANADSDELAR, "5.2", "5.2.6", "5.3.1", "5.3.2", "5.3.3", "5.3.5", "5.3.7", "5.3.8", "5.3.9", "5.3.10", "3.1.6",
] as const;
export type Kolumn = (typeof KOLUMNER)[number];
export const KOLUMN_NAMN: Record<Kolumn, string> = {
  "5.1.1": "Listade (ålder)", "5.1.2": "Socioekonomi (CNI)", "5.1.3": "Glesbygd", "5.1.4": "Läkemedel", "5.1.5": "Rehabilitering",
  admin: "IT/admin-påslag", moms: "Momskompensation", "5.2": "Rörlig ersättning", "5.2.6": "Avdrag LP4U",
  "5.3.1": "Familjecentral", "5.3.2": "Särskilt boende", "5.3.3": "Representation", "5.3.5": "AT-läkare", "5.3.7": "ST-läkare",
  "5.3.8": "PTP/STP-psykolog", "5.3.9": "Gäddede", "5.3.10": "Folkhälsa", "3.1.6": "Jour",
};

export interface Rad {
  kolumn: Kolumn;
  text: string;
  underlag: string;
  belopp: Decimal;
  /** A capped claim (5.3.5/5.3.7/5.3.8) over its county cap: the year's reduction of this claim. */
  reduktion?: Decimal;
}

export interface Enhetsmanad {
  id: string;
  namn: string;
  manad: number;
  datum: Datum;
  rader: Rad[];
  summa: Decimal;
}

const kr = (d: Decimal) => d.toFixed(2).replace(".", ",");

function femEtt(rs: RuleSet, r: ManadsRad): Rad[] {
  const e = r.enhet;
  return MANADSDELAR.map((k) => ({
    kolumn: k,
    text: KOLUMN_NAMN[k],
    underlag: `${r.listade} listade${k === "5.1.2" ? `, CNI ${String(e.cni).replace(".", ",")}` : ""}${k === "5.1.3" ? `, ${e.avstandKm} km` : ""}${k === "5.1.5" ? `, ${e.listade16till67} listade 16–67` : ""}; årstakt ${kr(r.arstakt[k])} kr, tolftedel ${r.manad} av 12`,
    belopp: r.belopp[k],
  })).filter((x) => !(x.belopp.isZero() && (x.kolumn === "admin" || x.kolumn === "moms")));
}

function rorligaRader(rs: RuleSet, rows: RorligRad[]): Rad[] {
  return rows.map((x) => {
    if (x.post in RORLIGA_POSTER) {
      const p = x.post as RorligPost;
      return { kolumn: "5.2", text: RORLIGA_POSTER[p].label, underlag: `${x.antal} × ${paramValue(rs, RORLIGA_POSTER[p].key)} kr`, belopp: roundOre(rorligErsattning(rs, { [p]: x.antal })) };
    }
    if (x.post === "gu_alf") {
      const d = lp4uAvdrag(rs, x.belopp);
      return { kolumn: "5.2.6", text: "Avdrag LP4U", underlag: `${dec(paramValue(rs, "5.2.6.lp4u_avdrag")).times(100)} % av GU-ALF ${kr(dec(x.belopp))} kr (källa: ${x.kalla})`, belopp: d.neg() };
    }
    return { kolumn: "5.2", text: BELOPPSPOSTER[x.post as keyof typeof BELOPPSPOSTER], underlag: `angivet belopp, källa: ${x.kalla}`, belopp: roundOre(x.belopp) };
  });
}

const CAPPED: Record<string, { kolumn: Kolumn; tak: TakKey }> = {
  at: { kolumn: "5.3.5", tak: "5.3.5.tak" }, st: { kolumn: "5.3.7", tak: "5.3.7.tak" },
  ptp: { kolumn: "5.3.8", tak: "5.3.8.tak" }, stp: { kolumn: "5.3.8", tak: "5.3.8.tak" },
};

function claim(rs: RuleSet, x: TillaggRad): Decimal {
  switch (x.post) {
    case "familjecentral": return familjecentral(rs, x.antal, x.belopp);
    case "sarskilt_boende": return sarskiltBoende(rs, x.antal, x.antal2);
    case "representation": return representation(rs, x.antal, x.antal2);
    case "at": return atLakare(rs, x.belopp, x.antal);
    case "st": return stLakare(rs, x.belopp);
    case "ptp": return psykolog(rs, "PTP", x.belopp);
    case "stp": return psykolog(rs, "STP", x.belopp);
    default: throw new Error(`Posten ${x.post} har inget anspråk.`);
  }
}

/** A month's supplements: every unit's lines, caps applied over the county's claims of the month. */
function tillaggsRader(rs: RuleSet, m: number, rows: TillaggRad[], listade: Map<string, number>): Map<string, Rad[]> {
  const out = new Map<string, Rad[]>();
  const add = (id: string, r: Rad) => out.set(id, [...(out.get(id) ?? []), r]);
  const at = (x: TillaggRad) => (f: () => void) => {
    try { f(); } catch (e) { if (e instanceof InputError) throw new RadFel("tillagg", x.row, e.message); throw e; }
  };
  const capped = new Map<TakKey, { x: TillaggRad; c: Decimal }[]>();
  for (const x of rows) at(x)(() => {
    if (x.post === "gaddede" || x.post === "folkhalsa" || x.post === "jour") return;
    const c = claim(rs, x);
    const cap = CAPPED[x.post];
    if (cap) capped.set(cap.tak, [...(capped.get(cap.tak) ?? []), { x, c }]);
    else add(x.id, { kolumn: x.post === "familjecentral" ? "5.3.1" : x.post === "sarskilt_boende" ? "5.3.2" : "5.3.3", text: KOLUMN_NAMN[x.post === "familjecentral" ? "5.3.1" : x.post === "sarskilt_boende" ? "5.3.2" : "5.3.3"], underlag: `årsbelopp ${kr(c)} kr`, belopp: tillaggForManad(rs, c, m) });
  });
  for (const [key, cs] of capped) {
    const red = reduceraMotTak(rs, cs.map((y) => y.c), paramValue(rs, key));
    cs.forEach(({ x }, i) => {
      const k = CAPPED[x.post].kolumn;
      const note = red.capped ? `; länstak ${kr(red.cap)} kr överskridet, minskat med ${kr(red.reduction[i])} kr` : "";
      add(x.id, { kolumn: k, text: `${KOLUMN_NAMN[k]} (${x.post.toUpperCase()})`, underlag: `anspråk ${kr(red.paid[i].plus(red.reduction[i]))} kr/år${note}`, belopp: tillaggForManad(rs, red.paid[i], m), ...(red.capped ? { reduktion: red.reduction[i] } : {}) });
    });
  }
  for (const post of ["gaddede", "folkhalsa"] as const) {
    const named = rows.filter((x) => x.post === post);
    if (!named.length) continue;
    const key = post === "gaddede" ? "5.3.9.gaddede" : "5.3.10.folkhalsa";
    // The month's part of the county amount first, then shared: the parts sum exactly to it.
    const month = tillaggForManad(rs, sum(fastBelopp(rs, key, 1)), m);
    const parts = distribute(month, Array(named.length).fill(1), 2);
    const k: Kolumn = post === "gaddede" ? "5.3.9" : "5.3.10";
    named.forEach((x, i) => add(x.id, { kolumn: k, text: KOLUMN_NAMN[k], underlag: `${paramValue(rs, key)} tkr/år, månadens del ${kr(month)} kr delad på ${named.length} enheter`, belopp: parts[i] }));
  }
  for (const x of rows.filter((y) => y.post === "jour")) at(x)(() => {
    const ids = [...listade.keys()];
    // The month's part of the commitment, shared by the month's listed count (exact in öre).
    const month = tillaggForManad(rs, x.belopp, m);
    const shares = jourAndelar(month, ids.map((id) => listade.get(id)!));
    const total = sum(ids.map((id) => listade.get(id)!));
    ids.forEach((id, i) => add(id, { kolumn: "3.1.6", text: KOLUMN_NAMN["3.1.6"], underlag: `åtagande ${kr(dec(x.belopp))} kr/år, månadens del ${kr(month)} kr × ${listade.get(id)} / ${total} listade`, belopp: shares[i] }));
  });
  return out;
}

/** Every month of the listing (or only `only`), each unit's lines and total. */
export function korning(
  year: number,
  ruleSetFor: (month: number) => RuleSet,
  manader: readonly Manadslistning[],
  rorlig: readonly RorligRad[] = [],
  tillagg: readonly TillaggRad[] = [],
  only?: number,
): Enhetsmanad[] {
  const listed = new Set(manader.map((m) => m.manad));
  if (only !== undefined && !listed.has(only)) throw new InputError(`Listningen har ingen rad för månad ${only}.`);
  for (const [table, xs] of [["rorlig", rorlig], ["tillagg", tillagg]] as const) {
    for (const x of xs) {
      const m = manader.find((y) => y.manad === x.manad);
      if (!m) throw new RadFel(table, x.row, `månad ${x.manad} finns inte i listningen.`);
      if (x.id && !m.enheter.some((e) => e.id === x.id)) throw new RadFel(table, x.row, `vårdenhet "${x.id}" är inte listad i månad ${x.manad}.`);
    }
  }
  const out: Enhetsmanad[] = [];
  for (const res of arsErsattning(ruleSetFor, manader)) {
    if (only !== undefined && res.manad !== only) continue;
    const rs = ruleSetFor(res.manad);
    const datum = utbetalningsdag(year, res.manad, rs);
    const listade = new Map(res.enheter.map((r) => [r.enhet.id, r.listade]));
    const t = tillaggsRader(rs, res.manad, tillagg.filter((x) => x.manad === res.manad), listade);
    for (const r of res.enheter) {
      const rader = [...femEtt(rs, r), ...rorligaRader(rs, rorlig.filter((x) => x.manad === res.manad && x.id === r.enhet.id)), ...(t.get(r.enhet.id) ?? [])];
      out.push({ id: r.enhet.id, namn: r.enhet.namn, manad: res.manad, datum, rader, summa: sum(rader.map((x) => x.belopp)) });
    }
  }
  return out;
}

/** The amount of one column on a unit's month. */
export function kolumnBelopp(u: Enhetsmanad, k: Kolumn): Decimal {
  return sum(u.rader.filter((r) => r.kolumn === k).map((r) => r.belopp));
}
