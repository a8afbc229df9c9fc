// Writes the EXAMPLE data in assets/exempeldata/: made-up listing data per vårdenhet and a
// made-up age split of each municipality's population. Only the municipal totals are
// real (SCB 2024-12-31, ../shared/data/kommuner-folkmangd-2024.csv); the age shares, CNI
// values, distances and units are invented to give the example realistic sizes. Run with
// `npm run exempeldata`; the output is committed so the task pane can offer it.
import * as fs from "fs";
import * as path from "path";
import { distribute } from "../src/engine/money";
import { BAND_COLUMNS, BEFOLKNING_COLUMNS, VARDENHET_COLUMNS } from "../src/workbook/indata";

export const EXEMPEL_FOLKMANGD: Record<string, number> = {
  Berg: 7108, Bräcke: 6035, Härjedalen: 10175, Krokom: 15680, Ragunda: 5146, Strömsund: 11023, Åre: 12693, Östersund: 64979,
};
// Invented, roughly the shape of a Swedish age pyramid (shares per five-year band).
const ALDERSANDELAR = [52, 56, 60, 58, 55, 58, 62, 63, 61, 62, 66, 66, 63, 60, 58, 50, 32, 17, 8, 2, 1];
// Units are named by municipality and letter, not after real units, so no one mistakes
// the example for a real unit's figures.
// Invented approximate km from each municipality's nearest unit to Östersund, and CNI.
const AVSTAND: Record<string, number> = { Berg: 75, Bräcke: 70, Härjedalen: 190, Krokom: 22, Ragunda: 100, Strömsund: 105, Åre: 78, Östersund: 0 };
const CNI: Record<string, string> = { Berg: "0.92", Bräcke: "1.08", Härjedalen: "0.97", Krokom: "0.88", Ragunda: "1.15", Strömsund: "1.05", Åre: "0.85", Östersund: "1.01" };
const ENHETER: Record<string, { privat: boolean; andel: number }[]> = {
  Berg: [{ privat: false, andel: 1 }],
  Bräcke: [{ privat: false, andel: 1 }],
  Härjedalen: [{ privat: false, andel: 3 }, { privat: false, andel: 1 }],
  Krokom: [{ privat: false, andel: 2 }, { privat: true, andel: 1 }],
  Ragunda: [{ privat: false, andel: 1 }],
  Strömsund: [{ privat: false, andel: 3 }, { privat: false, andel: 1 }],
  Åre: [{ privat: false, andel: 2 }, { privat: true, andel: 1 }],
  Östersund: [
    { privat: false, andel: 3 },
    { privat: false, andel: 2 },
    { privat: false, andel: 2 },
    { privat: true, andel: 2 },
    { privat: false, andel: 2 },
    { privat: true, andel: 1 },
  ],
};

export function perBand(total: number): number[] {
  return distribute(total, ALDERSANDELAR).map((d) => d.toNumber());
}

/** Listed 16–67 from band counts: 4/5 of 15–19, all of 20–64, 3/5 of 65–69 (even ages). */
export function aged16to67(bands: number[]): number {
  return Math.round((bands[3] * 4) / 5) + bands.slice(4, 13).reduce((s, n) => s + n, 0) + Math.round((bands[13] * 3) / 5);
}

export function exempelRader(): { vardenheter: string[][]; befolkning: string[][] } {
  const vardenheter: string[][] = [[...VARDENHET_COLUMNS]];
  const befolkning: string[][] = [[...BEFOLKNING_COLUMNS]];
  let n = 0;
  for (const [kommun, pop] of Object.entries(EXEMPEL_FOLKMANGD)) {
    const bands = perBand(pop);
    befolkning.push([kommun, CNI[kommun].replace(".", ","), String(AVSTAND[kommun]), ...bands.map(String)]);
    const units = ENHETER[kommun];
    // Each band's people are shared among the municipality's units by the units' sizes.
    const split = bands.map((b) => distribute(b, units.map((u) => u.andel)).map((d) => d.toNumber()));
    units.forEach((u, j) => {
      const listade = split.map((s) => s[j]);
      n++;
      vardenheter.push([
        `VE${String(n).padStart(2, "0")}`, `Vårdenhet ${kommun} ${"ABCDEFGH"[j]} (exempel)`, kommun, u.privat ? "Privat" : "Region",
        CNI[kommun].replace(".", ","), String(AVSTAND[kommun] + (j === 0 ? 0 : 12)), String(aged16to67(listade)), ...listade.map(String),
      ]);
    });
  }
  return { vardenheter, befolkning };
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "../assets/exempeldata");
  const { vardenheter, befolkning } = exempelRader();
  const csv = (rows: string[][]) => rows.map((r) => r.join(";")).join("\r\n") + "\r\n";
  fs.writeFileSync(path.join(dir, "EXEMPEL-vardenheter.csv"), csv(vardenheter));
  fs.writeFileSync(path.join(dir, "EXEMPEL-befolkning.csv"), csv(befolkning));
  console.log(`Skrev ${vardenheter.length - 1} vårdenheter och ${befolkning.length - 1} kommuner (exempeldata) till ${dir}`);
  void BAND_COLUMNS;
}
