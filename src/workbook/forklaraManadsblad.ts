// "Förklara" (issue 11, item 2) for the month's sheets (5 Ersättning, "Utbetalning sker
// månadsvis"): a cell of the payment list (a unit's month: one column or its sum) or of a
// unit's specification (one line or the sum), traced from the engine's month run
// (manad/korning.ts: every line with its basis and section) as the month view wrote it.
// The layouts are manad/blad.ts's: list row 1 the heading, then one unit per row, columns
// id, vårdenhet, månad, utbetalningsdag, one per amount column, summa; a specification's
// lines from row 4, the sum after them.
import { cellAt } from "./a1";
import { forklaring, type Forklaring } from "../engine/forklaring/typ";
import { MANADER } from "./manad/blad";
import { KOLUMNER, KOLUMN_NAMN, kolumnBelopp, type Enhetsmanad, type Kolumn, type Rad } from "./manad/korning";
import { isoDatum } from "../engine/halsoval/utbetalning";

/** The month's sheets as written: names[0] the payment list, names[1 + i] unit i's specification. */
export interface Manadsblad {
  names: string[];
  units: readonly Enhetsmanad[];
}

const avsnitt = (k: Kolumn) => (k === "admin" || k === "moms" ? "5" : k);
const nar = (u: Enhetsmanad) => `${MANADER[u.manad - 1]} ${u.datum.year}`;

function rad(r: Rad, u?: Enhetsmanad): Forklaring {
  return forklaring({ rubrik: u ? `${r.text}, ${u.namn}, ${nar(u)}` : r.text, avsnitt: avsnitt(r.kolumn), formel: r.underlag, belopp: r.belopp, enhet: "kr" });
}

function kolumn(u: Enhetsmanad, k: Kolumn): Forklaring {
  const rader = u.rader.filter((r) => r.kolumn === k);
  return forklaring({
    rubrik: `${KOLUMN_NAMN[k]} (${k === "admin" || k === "moms" ? "5" : k}), ${u.namn}, ${nar(u)}`,
    avsnitt: avsnitt(k),
    formel: rader.length ? "summan av månadens rader för komponenten" : "ingen rad för komponenten denna månad",
    belopp: kolumnBelopp(u, k),
    enhet: "kr",
    delar: rader.map((r) => rad(r)),
  });
}

function manad(u: Enhetsmanad): Forklaring {
  return forklaring({
    rubrik: `Utbetalning ${nar(u)}, ${u.namn} (${u.id})`,
    avsnitt: "5",
    formel: "summan av månadens rader: 5.1 tolftedelar, rörlig ersättning, tillägg och jour",
    belopp: u.summa,
    enhet: "kr",
    indata: [{ namn: "Utbetalningsdag", varde: isoDatum(u.datum) }],
    delar: u.rader.map((r) => rad(r)),
  });
}

export type ManadSvar = { kind: "figur"; forklaring: Forklaring } | { kind: "ingen-figur" } | { kind: "inte-vart" };

/** The trace of a month sheet's cell, "ingen-figur" for a heading or a name, "inte-vart" for another sheet. */
export function manadsbladSvar(sheet: string, address: string, m: Manadsblad): ManadSvar {
  const at = cellAt(address);
  const i = m.names.indexOf(sheet);
  if (i < 0) return { kind: "inte-vart" };
  if (!at) return { kind: "ingen-figur" };
  const c = at.col;
  const row = at.row + 1;
  if (i === 0) {
    const u = m.units[row - 2];
    if (!u) return { kind: "ingen-figur" };
    if (c === 4 + KOLUMNER.length) return { kind: "figur", forklaring: manad(u) };
    const k = KOLUMNER[c - 4];
    return k ? { kind: "figur", forklaring: kolumn(u, k) } : { kind: "ingen-figur" };
  }
  const u = m.units[i - 1];
  if (!u || c !== 2) return { kind: "ingen-figur" };
  const line = u.rader[row - 4];
  if (line) return { kind: "figur", forklaring: rad(line, u) };
  return row === 4 + u.rader.length ? { kind: "figur", forklaring: manad(u) } : { kind: "ingen-figur" };
}
