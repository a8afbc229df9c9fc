// Last year's data for tests of the change from last year (issue 11, item 5), made from the
// shipped EXAMPLE files (made-up figures): every count of the listing (age bands and 16–67)
// at 90 % (whole persons, rounded down), the last unit absent, Berg's CNI 0,95 instead.
// Deterministic; written as the same semicolon CSV the example files are.
import * as fs from "fs";
import * as path from "path";

const dir = path.resolve(__dirname, "../../assets/exempeldata");

function scaled(text: string, fromColumn: string, dropLast: boolean, edit?: (cells: string[], head: string[]) => void): string {
  const lines = text.replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
  const head = lines[0].split(";");
  const first = head.indexOf(fromColumn);
  const body = lines.slice(1, dropLast ? -1 : undefined).map((l) => {
    const cells = l.split(";");
    const out = cells.map((c, i) => (first >= 0 && i >= first && /^\d+$/.test(c) ? String(Math.floor(Number(c) * 0.9)) : c));
    edit?.(out, head);
    return out.join(";");
  });
  return [lines[0], ...body].join("\n") + "\n";
}

/** Last year's listing (from listade_16_67 on, each count at 90 %; the last unit left out). */
export const forraVardenheter = () => scaled(fs.readFileSync(path.join(dir, "EXEMPEL-vardenheter.csv"), "utf8"), "listade_16_67", true);

/** Last year's population: as this year's, but Berg's CNI 0,95. */
export const forraBefolkning = () =>
  scaled(fs.readFileSync(path.join(dir, "EXEMPEL-befolkning.csv"), "utf8"), "__none__", false, (cells, head) => {
    if (cells[0] === "Berg") cells[head.indexOf("cni")] = "0,95";
  });

/** Both files written into `into`; their paths. */
export function writeForra(into: string): { vardenheter: string; befolkning: string } {
  const vardenheter = path.join(into, "forra-vardenheter.csv");
  const befolkning = path.join(into, "forra-befolkning.csv");
  fs.writeFileSync(vardenheter, forraVardenheter());
  fs.writeFileSync(befolkning, forraBefolkning());
  return { vardenheter, befolkning };
}
