// Writes docs/funktioner.md, the function reference, from the build's functions.json
// (issue 11, item 4): every custom function with its Swedish description, parameters, an
// example and its section. Run after `npm run build`: `npx tsx scripts/funktioner.ts`
// (optionally with the path of a functions.json). A test fails when the file differs.
import * as fs from "fs";
import * as path from "path";
import { EXEMPEL } from "./funktioner-exempel";

interface Meta {
  functions: { id: string; name: string; description: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
}

const AVTAL: Record<string, string> = {
  HALSOVAL: "Hälsoval (förfrågningsunderlaget, avsnitt 5)",
  TILLAGG: "Tilläggsbelopp för palliativ vård i hemmet (överenskommelsen, avsnitt 3)",
  UTVECKLING: "Gemensamma utvecklingsmedel (överenskommelsen, avsnitt 4)",
};

/** The section a function implements: "avsnitt 5.1.1" in its description, or the example table's. */
function avsnitt(id: string, description: string): string {
  const m = /avsnitt(?:en)? ([0-9](?:[0-9.,–\s]*[0-9])?)/.exec(description);
  const s = m?.[1] ?? EXEMPEL[id]?.avsnitt;
  if (!s) throw new Error(`${id}: beskrivningen nämner inget avsnitt och exempeltabellen inget heller.`);
  return s;
}

export function funktionsreferens(meta: Meta): string {
  const missing = meta.functions.filter((f) => !EXEMPEL[f.id]).map((f) => f.id);
  if (missing.length) throw new Error(`Exempel saknas i scripts/funktioner-exempel.ts för ${missing.join(", ")}.`);
  const lines = [
    "# Tilläggets funktioner",
    "",
    "<!-- Skapad av scripts/funktioner.ts ur byggets functions.json. Ändra inte för hand: ändra funktionens",
    "     beskrivning i koden eller exemplet i scripts/funktioner-exempel.ts och kör skriptet igen. -->",
    "",
    "Alla formler skrivs med namnrymden först, t.ex. `=HALSOVAL.LISTAD(72)`. Ett område in ger ett",
    "område ut; fel indata ger `#VÄRDEFEL!`/`#SAKNAS!` med ett meddelande på svenska. Utelämnat år",
    "betyder arbetsbokens regelverksår. Argument skiljs med semikolon i svensk Excel.",
    "",
  ];
  const groups = new Map<string, Meta["functions"]>();
  for (const f of meta.functions) {
    const g = f.name.split(".")[0];
    groups.set(g, [...(groups.get(g) ?? []), f]);
  }
  for (const [g, fs] of groups) {
    lines.push(`## ${AVTAL[g] ?? g}`, "");
    for (const f of fs) {
      const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ");
      lines.push(`### ${f.name}(${args})`, "", f.description, "", `Avsnitt: ${avsnitt(f.id, f.description)}`, "");
      if (f.parameters.length) {
        lines.push("| Parameter | Beskrivning |", "| --- | --- |");
        for (const p of f.parameters) lines.push(`| ${p.name}${p.optional ? " (valfri)" : ""} | ${(p.description ?? "").replace(/\|/g, "\\|")} |`);
        lines.push("");
      }
      lines.push(`Exempel: \`${EXEMPEL[f.id].formel}\`: ${EXEMPEL[f.id].forklaring}.`, "");
    }
  }
  return lines.join("\n");
}

export const DOC = path.resolve(__dirname, "../docs/funktioner.md");

if (require.main === module) {
  const src = process.argv[2] ?? path.resolve(__dirname, "../dist/functions.json");
  if (!fs.existsSync(src)) {
    console.error(`Hittar inte ${src}: kör \`npm run build\` först.`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(DOC), { recursive: true });
  fs.writeFileSync(DOC, funktionsreferens(JSON.parse(fs.readFileSync(src, "utf8"))));
  console.log(`Skrev ${DOC}`);
}
