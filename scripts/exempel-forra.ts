// Exempeldata för förra året (2025), för förändringen från förra året (issue 11, item 5):
// byggd ur årets påhittade exempelfiler med dokumenterade ändringar, så att stegen för data
// i vattenfallet får något att visa. Allt är exempeldata (EXEMPEL i filnamnen).
// Ändringarna: varje antal listade (16–67 år och varje femårsklass) är 90 % av årets, avrundat
// nedåt; den sista enheten (Vårdenhet Östersund F, VE17) finns inte 2025; Bergs CNI är 0,95.
// Kör: npx tsx scripts/exempel-forra.ts
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";

export const EXEMPEL_DIR = join(__dirname, "..", "assets", "exempeldata");

/** Rows of a semicolon file; counts from column `fromColumn` on (none when absent) at 90 %; `edit` per row. */
function forra(text: string, fromColumn: string | null, dropLast: boolean, edit?: (cells: string[], head: string[]) => void): string {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
  const head = lines[0].split(";");
  const first = fromColumn ? head.indexOf(fromColumn) : -1;
  const body = lines.slice(1, dropLast ? -1 : undefined).map((l) => {
    const cells = l.split(";").map((c, i) => (first >= 0 && i >= first && /^\d+$/.test(c) ? String(Math.floor(Number(c) * 0.9)) : c));
    edit?.(cells, head);
    return cells.join(";");
  });
  return [lines[0], ...body].join("\r\n") + "\r\n";
}

/** Last year's listing from this year's example listing. */
export const forraVardenheter = (text: string) => forra(text, "listade_16_67", true);

/** Last year's population from this year's: Berg's CNI 0,95, the rest unchanged. */
export const forraBefolkning = (text: string) =>
  forra(text, null, false, (cells, head) => {
    if (cells[0] === "Berg") cells[head.indexOf("cni")] = "0,95";
  });

export const FORRA_FILER = { vardenheter: "EXEMPEL-vardenheter-2025.csv", befolkning: "EXEMPEL-befolkning-2025.csv" } as const;

if (/exempel-forra\.ts$/.test(process.argv[1] ?? "")) {
  const read = (f: string) => readFileSync(join(EXEMPEL_DIR, f), "utf8");
  writeFileSync(join(EXEMPEL_DIR, FORRA_FILER.vardenheter), forraVardenheter(read("EXEMPEL-vardenheter.csv")));
  writeFileSync(join(EXEMPEL_DIR, FORRA_FILER.befolkning), forraBefolkning(read("EXEMPEL-befolkning.csv")));
}
