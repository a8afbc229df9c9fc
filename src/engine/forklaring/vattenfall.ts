// What changed from last year, by cause (issue 11, item 5): a sequential ("waterfall")
// attribution. From last year's rules and data, one group of rules at a time is replaced by
// this year's, with last year's data; then one kind of data at a time, with this year's
// rules. Each step's part is the change in the figure it causes, so the parts telescope and
// sum exactly to the change (each state's figure is taken to the öre, as the sheets show).
// Order, and why: rules first, because the decisions (LPIK, prices, weights, budgets) are
// known before the year's data and the question asked is "what did the decision do to last
// year's listing?"; the data then shows what the units and municipalities changed under the
// rules that now apply. Within each group the order follows the agreement (index, price,
// weights, budgets; count before age mix, since the age mix is measured at the new count).
// A sequential split depends on its order; this order is stated with every result.
import { withOverrides, type RuleSet } from "../../rules";
import type { Vardenhet } from "../halsoval/vardenhet";
import { distribute, roundOre, type Decimal } from "../money";
import { beraknaLanet, type Lanet, type LanetsUtfall } from "./lan";

export interface VattenfallSteg {
  nyckel: string;
  rubrik: string;
  orsak: "regler" | "data";
}

export const STEG: readonly VattenfallSteg[] = [
  { nyckel: "lpik", rubrik: "LPIK och indexår", orsak: "regler" },
  { nyckel: "priser", rubrik: "Priser och belopp", orsak: "regler" },
  { nyckel: "vikter", rubrik: "Vikter", orsak: "regler" },
  { nyckel: "budgetar", rubrik: "Budgetar (totaler)", orsak: "regler" },
  { nyckel: "ovriga_regler", rubrik: "Övriga regler och tolkningar", orsak: "regler" },
  { nyckel: "antal", rubrik: "Antal listade", orsak: "data" },
  { nyckel: "alder", rubrik: "Ålderssammansättning", orsak: "data" },
  { nyckel: "cni", rubrik: "CNI", orsak: "data" },
  { nyckel: "befolkning", rubrik: "Befolkning", orsak: "data" },
  { nyckel: "ovriga_data", rubrik: "Övriga data (avstånd, regi, anslutna, utvecklingsmedel)", orsak: "data" },
];

export const ORDNING =
  "Reglerna byts först, en grupp i taget, med förra årets data (LPIK, priser, vikter, budgetar, övrigt); sedan datat, ett slag i taget, med årets regler (antal listade, ålderssammansättning, CNI, befolkning, övrigt). Varje del är förändringen som steget ger, så delarna summerar exakt till hela förändringen. En annan ordning kan fördela förändringen annorlunda mellan delarna.";

const GRUPPER: Record<string, readonly string[]> = {
  lpik: ["3.3.lpik"],
  priser: ["5.1.1.pris", "5.1.4.pris", "5.1.5.belopp", "5.moms", "5.admin", "3.1.grundbelopp", "3.2.justeringsbelopp", "5.1.2.snitt", "5.1.3.snitt"],
  vikter: ["5.1.1.vikter", "5.1.4.vikter", "5.1.2.vikter", "5.1.3.listintervall", "5.1.3.avstandsvikter", "3.4.faktorvikter"],
  budgetar: ["5.total", "5.1.total", "5.1.1.total", "5.1.2.total", "5.1.3.total", "5.1.4.total", "5.1.5.total"],
};

/** `from` with the values of `keys` taken from `to` (keys in both that differ); `from` itself when none differ. */
function overlay(from: RuleSet, to: RuleSet, keys: readonly string[]): RuleSet {
  if (from === to) return from;
  const parameters: Record<string, unknown> = {};
  for (const k of keys) {
    const a = from.data.parameters[k];
    const b = to.data.parameters[k];
    if (a && b && JSON.stringify(a.value) !== JSON.stringify(b.value)) parameters[k] = b.value;
  }
  return Object.keys(parameters).length ? withOverrides(from, { parameters: parameters as never }) : from;
}

function regelsteg(l: Lanet, mal: Lanet, keys: readonly string[], year = l.regler.year): Lanet {
  const r = l.regler;
  return {
    ...l,
    regler: { year, halsoval: overlay(r.halsoval, mal.regler.halsoval, keys), tillagg: overlay(r.tillagg, mal.regler.tillagg, keys), utveckling: overlay(r.utveckling, mal.regler.utveckling, keys) },
  };
}

/** Last year's age mix at this year's count (whole persons, largest remainder). */
function antalSteg(fore: Vardenhet | undefined, efter: Vardenhet): Vardenhet {
  if (!fore) return efter;
  const n0 = fore.listade.reduce((s, n) => s + n, 0);
  const n1 = efter.listade.reduce((s, n) => s + n, 0);
  if (n0 === 0) return { ...fore, listade: efter.listade, listade16till67: efter.listade16till67 };
  const listade = distribute(n1, fore.listade).map((d) => d.toNumber());
  const listade16till67 = distribute(n1, [fore.listade16till67, n0 - fore.listade16till67])[0].toNumber();
  return { ...fore, listade, listade16till67 };
}

/** The states of the waterfall: last year, then after each step (the last is this year exactly). */
export function tillstand(fore: Lanet, efter: Lanet): Lanet[] {
  const s: Lanet[] = [fore];
  const last = () => s[s.length - 1];
  s.push(regelsteg(fore, efter, GRUPPER.lpik, efter.regler.year));
  s.push(regelsteg(last(), efter, GRUPPER.priser));
  s.push(regelsteg(last(), efter, GRUPPER.vikter));
  s.push(regelsteg(last(), efter, GRUPPER.budgetar));
  s.push({ ...last(), regler: efter.regler });
  const byId = new Map(fore.enheter.map((e) => [e.id, e]));
  const counted = efter.enheter.map((e) => antalSteg(byId.get(e.id), e));
  s.push({ ...last(), enheter: counted });
  s.push({ ...last(), enheter: counted.map((e, i) => ({ ...e, listade: efter.enheter[i].listade, listade16till67: efter.enheter[i].listade16till67 })) });
  const cniOf = new Map(efter.kommuner.map((k) => [k.kommun, k.cni]));
  s.push({
    ...last(),
    enheter: last().enheter.map((e, i) => ({ ...e, cni: efter.enheter[i].cni })),
    kommuner: last().kommuner.map((k) => ({ ...k, cni: cniOf.get(k.kommun) ?? k.cni })),
  });
  const popOf = new Map(efter.kommuner.map((k) => [k.kommun, k.befolkning]));
  s.push({ ...last(), kommuner: last().kommuner.map((k) => ({ ...k, befolkning: popOf.get(k.kommun) ?? k.befolkning })) });
  s.push(efter);
  return s;
}

export interface VattenfallDel extends VattenfallSteg {
  /** The change this step causes, kr (öre). */
  forandring: Decimal;
  /** The figure after the step. */
  efter: Decimal;
}

export interface Vattenfall {
  fore: Decimal;
  efter: Decimal;
  forandring: Decimal;
  delar: VattenfallDel[];
  ordning: string;
}

/** The states computed once; a waterfall per unit or municipality then reads them. */
export function utfallen(fore: Lanet, efter: Lanet): LanetsUtfall[] {
  return tillstand(fore, efter).map(beraknaLanet);
}

export function vattenfall(utfall: readonly LanetsUtfall[], matt: (u: LanetsUtfall) => Decimal): Vattenfall {
  const v = utfall.map((u) => roundOre(matt(u)));
  const delar = STEG.map((st, i) => ({ ...st, forandring: v[i + 1].minus(v[i]), efter: v[i + 1] }));
  return { fore: v[0], efter: v[v.length - 1], forandring: v[v.length - 1].minus(v[0]), delar, ordning: ORDNING };
}
