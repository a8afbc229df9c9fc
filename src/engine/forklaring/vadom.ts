// What if (issue 11, item 5): one changed input (LPIK, the connected-person count, a
// weight, a reading) and its effect on every unit and municipality, computed before
// anything is written. Pure: a changed copy of the rule set (withOverrides) and the same
// county computation as the workbook's figures.
import { paramBands, withOverrides, type ParamKey, type RuleSet } from "../../rules";
import type { Decimal } from "../money";
import { beraknaLanet, type Lanet, type LanetsUtfall } from "./lan";

export interface Andring {
  /** LPIK factors by year ("2026": "1.031"), added to the tilläggsbelopp rule set's. */
  lpik?: Record<string, string>;
  anslutna?: number;
  /** A band of a weight table: key, band number (0 = the first) and the new value. */
  vikt?: { nyckel: ParamKey; band: number; varde: string };
  /** A reading flipped to another option. */
  tolkning?: { nyckel: string; varde: string | string[] };
}

export interface Effekt {
  namn: string;
  fore: Decimal;
  efter: Decimal;
  effekt: Decimal;
}

export interface VadOm {
  lanet: Lanet;
  utfall: LanetsUtfall;
  perEnhet: (Effekt & { id: string })[];
  perKommun: Effekt[];
}

function medTolkning(rs: RuleSet, key: string, value: string | string[]): RuleSet {
  return key in rs.data.readings ? withOverrides(rs, { readings: { [key]: value } }) : rs;
}

/** The county with the change applied (an unknown key or a bad value is refused by the rule-set schema). */
export function tillampa(l: Lanet, a: Andring): Lanet {
  let { halsoval, tillagg, utveckling } = l.regler;
  if (a.lpik) {
    const lpik = { ...(tillagg.data.parameters["3.3.lpik"].value as Record<string, string>), ...a.lpik };
    tillagg = withOverrides(tillagg, { parameters: { "3.3.lpik": lpik } });
  }
  if (a.vikt) {
    const rs = a.vikt.nyckel in halsoval.data.parameters ? halsoval : tillagg;
    const bands = paramBands(rs, a.vikt.nyckel).map((b, i) => (i === a.vikt!.band ? { ...b, value: a.vikt!.varde } : b));
    if (a.vikt.band < 0 || a.vikt.band >= bands.length) throw new RangeError(`${a.vikt.nyckel} har inget intervall nr ${a.vikt.band + 1}.`);
    const changed = withOverrides(rs, { parameters: { [a.vikt.nyckel]: bands } });
    if (rs === halsoval) halsoval = changed;
    else tillagg = changed;
  }
  if (a.tolkning) {
    const { nyckel, varde } = a.tolkning;
    if (![halsoval, tillagg, utveckling].some((rs) => nyckel in rs.data.readings)) throw new RangeError(`Okänd tolkning ${nyckel}.`);
    [halsoval, tillagg, utveckling] = [halsoval, tillagg, utveckling].map((rs) => medTolkning(rs, nyckel, varde));
  }
  return { ...l, regler: { ...l.regler, halsoval, tillagg, utveckling }, anslutna: a.anslutna ?? l.anslutna };
}

/** The effect of one change on every unit and municipality; `bas` may be given when already computed. */
export function vadOm(l: Lanet, a: Andring, bas: LanetsUtfall = beraknaLanet(l)): VadOm {
  const lanet = tillampa(l, a);
  const utfall = beraknaLanet(lanet);
  const perEnhet = utfall.halsoval.enheter.map((r, i) => {
    const fore = bas.halsoval.enheter[i].summa;
    return { id: r.enhet.id, namn: r.enhet.namn, fore, efter: r.summa, effekt: r.summa.minus(fore) };
  });
  const perKommun = utfall.kommuner.map((k, i) => {
    const fore = bas.kommuner[i].summa;
    return { namn: k.kommun, fore, efter: k.summa, effekt: k.summa.minus(fore) };
  });
  return { lanet, utfall, perEnhet, perKommun };
}
