// Förklaring of a municipality's share of the tilläggsbelopp (3.3–3.4) and of the joint
// development funds (4), from the municipalities' population data (kommunFaktorer, 3.4).
import { reading, type RuleSet } from "../../rules";
import { fordela, kommunFaktorer, nyckel, type KommunUnderlag } from "../tillagg/fordelning";
import { tillaggsbelopp } from "../tillagg/justera";
import { dec, type Decimal } from "../money";
import { forklaraFordela, forklaraNyckel, forklaraTillaggsbelopp, forklaraUtveckling } from "./tillagg";
import type { Forklaring } from "./typ";

export interface Regler {
  year: number;
  halsoval: RuleSet;
  tillagg: RuleSet;
  utveckling: RuleSet;
}

function factors(r: Regler, kommuner: readonly KommunUnderlag[]) {
  const f = kommuner.map((k) => kommunFaktorer(r.halsoval, k));
  return { a: f.map((x) => x.alder), c: f.map((x) => x.cni), g: f.map((x) => x.glesbygd) };
}

function index(kommuner: readonly KommunUnderlag[], kommun: string): number {
  const i = kommuner.findIndex((k) => k.kommun === kommun);
  if (i < 0) throw new Error(`Kommunen ${kommun} finns inte i befolkningsunderlaget.`);
  return i;
}

/** The §3.4 keys of every municipality (the engine's nyckel over kommunFaktorer). */
export function nycklar(r: Regler, kommuner: readonly KommunUnderlag[]): Decimal[] {
  const { a, c, g } = factors(r, kommuner);
  return nyckel(r.tillagg, a, c, g);
}

/** The keys of the development funds under reading 4.fordelningsnyckel: population, or the §3.4 keys. */
export function utvecklingsnycklar(r: Regler, kommuner: readonly KommunUnderlag[]): Decimal[] {
  if (reading(r.utveckling, "4.fordelningsnyckel") === "resursfordelning") return nycklar(r, kommuner);
  return kommuner.map((k) => dec(k.befolkning.reduce((s, n) => s + n, 0)));
}

/** Each municipality's share of the tilläggsbelopp after reconciliation for `anslutna` persons. */
export function tillaggsandelar(r: Regler, kommuner: readonly KommunUnderlag[], anslutna: number): Decimal[] {
  return fordela(tillaggsbelopp(r.tillagg, anslutna, r.year), nycklar(r, kommuner));
}

export function forklaraTillaggsandel(r: Regler, kommuner: readonly KommunUnderlag[], anslutna: number, kommun: string): Forklaring {
  const i = index(kommuner, kommun);
  const total = forklaraTillaggsbelopp(r.tillagg, anslutna, r.year);
  const { a, c, g } = factors(r, kommuner);
  const f = forklaraFordela(total.belopp!, nyckel(r.tillagg, a, c, g), i);
  f.rubrik = `Tilläggsbelopp ${r.year}, ${kommun}s del (3.4)`;
  f.steg = [total, forklaraNyckel(r.tillagg, i, a, c, g, kommun), ...f.steg.slice(2)];
  return f;
}

export function forklaraUtvecklingsandel(r: Regler, kommuner: readonly KommunUnderlag[], amount: number, kommun: string): Forklaring {
  return forklaraUtveckling(r.utveckling, amount, utvecklingsnycklar(r, kommuner), index(kommuner, kommun), kommun);
}

/** A municipality's §3.4 key alone (the Tilläggsbelopp sheet's column E, with or without a count). */
export function forklaraKommunnyckel(r: Regler, kommuner: readonly KommunUnderlag[], kommun: string): Forklaring {
  const { a, c, g } = factors(r, kommuner);
  return forklaraNyckel(r.tillagg, index(kommuner, kommun), a, c, g, kommun);
}
