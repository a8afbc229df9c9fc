// The whole county in one computation, for "what changed" and "what if" (issue 11, item 5):
// every unit's 5.1 payment (lanetsErsattning) and every municipality's share of the
// tilläggsbelopp and of the development funds, all through the engine's functions.
import { lanetsErsattning, type LanetsResultat, type Vardenhet } from "../halsoval/vardenhet";
import type { KommunUnderlag } from "../tillagg/fordelning";
import { reviderasIar } from "../tillagg/arsbelopp";
import { fordelaUtveckling } from "../utveckling/fordelning";
import { dec, sum, ZERO, type Decimal } from "../money";
import { tillaggsandelar, utvecklingsnycklar, type Regler } from "./kommun";

export interface Lanet {
  regler: Regler;
  enheter: readonly Vardenhet[];
  kommuner: readonly KommunUnderlag[];
  /** Persons connected the previous year (3.3); null: none (no tilläggsbelopp when year's amount is revised by it). */
  anslutna: number | null;
  /** The joint development funds in all, kr; null: none computed. */
  utvecklingBelopp: number | null;
}

export interface KommunUtfall {
  kommun: string;
  /** Σ 5.1 of the units in the municipality (paid by the region to the units). */
  vardenheter: Decimal;
  tillagg: Decimal | null;
  utveckling: Decimal | null;
  /** The three together (a missing one counts as 0). */
  summa: Decimal;
}

export interface LanetsUtfall {
  halsoval: LanetsResultat;
  kommuner: KommunUtfall[];
}

export function beraknaLanet(l: Lanet): LanetsUtfall {
  const halsoval = lanetsErsattning(l.regler.halsoval, l.enheter);
  const tb = l.anslutna == null && reviderasIar(l.regler.tillagg) ? null : tillaggsandelar(l.regler, l.kommuner, l.anslutna);
  const gu = l.utvecklingBelopp == null ? null : fordelaUtveckling(l.regler.utveckling, l.utvecklingBelopp, utvecklingsnycklar(l.regler, l.kommuner));
  const names = [...new Set([...l.kommuner.map((k) => k.kommun), ...l.enheter.map((e) => e.kommun)])];
  const kommuner = names.map((kommun) => {
    const i = l.kommuner.findIndex((k) => k.kommun === kommun);
    const vardenheter = sum(halsoval.enheter.filter((r) => r.enhet.kommun === kommun).map((r) => r.summa));
    const tillagg = tb && i >= 0 ? tb[i] : null;
    const utveckling = gu && i >= 0 ? gu[i] : null;
    return { kommun, vardenheter, tillagg, utveckling, summa: vardenheter.plus(tillagg ?? ZERO).plus(utveckling ?? ZERO) };
  });
  return { halsoval, kommuner };
}

/** A unit's annual 5.1 total in an outcome (0 where the unit does not exist that year). */
export function enhetensSumma(u: LanetsUtfall, id: string): Decimal {
  return u.halsoval.enheter.find((r) => r.enhet.id === id)?.summa ?? dec(0);
}

/** A municipality's total in an outcome (0 where it has none). */
export function kommunensSumma(u: LanetsUtfall, kommun: string): Decimal {
  return u.kommuner.find((k) => k.kommun === kommun)?.summa ?? dec(0);
}
