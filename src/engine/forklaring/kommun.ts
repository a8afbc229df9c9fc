// Förklaring of a municipality's share of the tilläggsbelopp (3.3–3.4) and of the joint
// development funds (4), from the municipalities' population data (kommunFaktorer, 3.4).
import { reading, type RuleSet } from "../../rules";
import { fordela, kommunFaktorer, nyckel, type KommunUnderlag } from "../tillagg/fordelning";
import { arsbelopp, reviderasIar } from "../tillagg/arsbelopp";
import { dec, type Decimal } from "../money";
import { forklaraFordela, forklaraGrundbelopp, forklaraNyckel, forklaraTillaggsbelopp, forklaraUtveckling } from "./tillagg";
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

/** Each municipality's share of year's tilläggsbelopp (arsbelopp: revised by `anslutna` only under reading 3.3.avstamning_avser = innevarande_ar). */
export function tillaggsandelar(r: Regler, kommuner: readonly KommunUnderlag[], anslutna: number | null): Decimal[] {
  return fordela(arsbelopp(r.tillagg, r.year, anslutna), nycklar(r, kommuner));
}

export function forklaraTillaggsandel(r: Regler, kommuner: readonly KommunUnderlag[], anslutna: number | null, kommun: string): Forklaring {
  const i = index(kommuner, kommun);
  const total = reviderasIar(r.tillagg) ? forklaraTillaggsbelopp(r.tillagg, anslutna as number, r.year) : forklaraGrundbelopp(r.tillagg, r.year);
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
