// Exempeldata för månadsutbetalningen (5 Ersättning, file 002): ett påhittat år av
// månadslistningar byggt på EXEMPEL-vardenheter.csv, med antal som glider, en enhet som
// öppnar i april och en som stänger efter september, samt exempel på 5.2- och 5.3-indata.
// Allt är exempeldata (EXEMPEL i filnamnen, "(exempel)" i namnen, källan "EXEMPEL").
// Kör: npx tsx scripts/exempel-manad.ts
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";

const dir = join(__dirname, "..", "assets", "exempeldata");
const year = 2026;
const [head, ...units] = readFileSync(join(dir, "EXEMPEL-vardenheter.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((l) => l.split(";"));
const bandStart = head.indexOf("0-4");
const i1667 = head.indexOf("listade_16_67");

// A deterministic drift: unit k grows or shrinks by (k mod 5 − 2) per mille a month.
function drifted(row: string[], k: number, m: number): string[] {
  const f = 1 + ((k % 5) - 2) * 0.001 * (m - 1);
  const out = row.map((c, j) => (j >= bandStart || j === i1667 ? String(Math.round(Number(c) * f)) : c));
  const total = out.slice(bandStart).reduce((s, c) => s + Number(c), 0);
  out[i1667] = String(Math.min(Number(out[i1667]), total));
  return out;
}

const opening = [...units[0]];
opening[0] = "VE18";
opening[1] = "Vårdenhet Berg Ny (exempel)";
const closing = units[units.length - 1][0];

const lines = [["manad", ...head].join(";")];
for (let m = 1; m <= 12; m++) {
  const month = `${year}-${String(m).padStart(2, "0")}`;
  units.forEach((u, k) => {
    if (u[0] === closing && m > 9) return;
    lines.push([month, ...drifted(u, k, m)].join(";"));
  });
  if (m >= 4) lines.push([month, ...drifted(opening.map((c, j) => (j >= bandStart ? String(Math.round(Number(c) * 0.3 * (1 + (m - 4) * 0.05))) : c)), 0, 1)].join(";"));
}
writeFileSync(join(dir, `EXEMPEL-manadslistning-${year}.csv`), lines.join("\r\n") + "\r\n");

const rorlig = [
  "manad;id;post;antal;belopp;kalla",
  `${year}-05;VE01;halsosamtal;12;;`,
  `${year}-05;VE01;lakarbesok;30;;`,
  `${year}-05;VE03;hembesok;4;;`,
  `${year}-05;VE15;patientavgift;;48500;EXEMPEL: påhittat belopp`,
  `${year}-05;VE15;gu_alf;;120000;EXEMPEL: påhittat belopp`,
  `${year}-06;VE02;psykosocial;9;;`,
];
writeFileSync(join(dir, `EXEMPEL-rorlig-${year}.csv`), rorlig.join("\r\n") + "\r\n");

const tillagg = ["manad;id;post;antal;antal2;belopp"];
for (let m = 1; m <= 12; m++) {
  const month = `${year}-${String(m).padStart(2, "0")}`;
  tillagg.push(`${month};VE01;familjecentral;180;;24000`, `${month};VE04;sarskilt_boende;20;4;`, `${month};VE02;representation;10;6;`);
  tillagg.push(`${month};VE05;at;2;;650000`, `${month};VE06;st;;;560000`, `${month};VE15;ptp;;;500000`);
  tillagg.push(`${month};VE08;gaddede;;;`, `${month};VE03;folkhalsa;;;`, `${month};VE11;folkhalsa;;;`, `${month};;jour;;;2400000`);
}
writeFileSync(join(dir, `EXEMPEL-tillagg-${year}.csv`), tillagg.join("\r\n") + "\r\n");
console.log("Skrev EXEMPEL-manadslistning, EXEMPEL-rorlig och EXEMPEL-tillagg.");
