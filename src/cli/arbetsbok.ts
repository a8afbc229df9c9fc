// `rjh arbetsbok`: the year's workbook (yearly setup) and one values-only workbook per
// municipality, without Excel. The same inputs, checks and messages as the task pane.
import * as path from "path";
import { InputError } from "../engine/check";
import { buildSetup } from "../taskpane/setup";
import { BEFOLKNING_COLUMNS, parseBefolkning, parseVardenheter, VARDENHET_COLUMNS } from "../workbook/indata";
import { medForegaende, planWorkbook } from "../workbook/plan";
import { writeXlsx } from "../workbook/xlsx";
import { kommunFiles } from "../workbook/dela";
import { CliError, orFail, readRows, writeAll } from "./files";
import { FlaggFel, flaggor } from "./flaggor";
import type { Subcommand } from "./index";

const EXEMPEL_DIR = path.resolve(__dirname, "../../assets/exempeldata");
/** Example LPIK for --exempel only: NOT SKR's figures, labelled as example in the output. */
const EXEMPEL_LPIK = { "2025": "3,1", "2026": "2,7" };

const HELP = `Användning:
  npx rjh arbetsbok --ar 2026 --vardenheter <fil> --befolkning <fil> [--lpik 2025=3,1 …] [--anslutna 175] [--utvecklingsmedel 2000000] [--forra-vardenheter <fil> --forra-befolkning <fil>] --ut <mapp>
  npx rjh arbetsbok --exempel --ut ut/

Skriver årets arbetsbok (alla blad, formler med beräknade värden) och en arbetsbok med
enbart värden per kommun. Filerna öppnas i Excel, LibreOffice eller annat kalkylprogram.

Flaggor:
  --ar <år>                 Regelverksår.
  --vardenheter <fil>       Listade per vårdenhet (CSV, tabbavgränsad text eller .xlsx).
  --befolkning <fil>        Befolkning per kommun (CSV, tabbavgränsad text eller .xlsx).
  --lpik <år>=<procent>     LPIK-förändring från SKR, t.ex. 2025=3,1 (upprepas per år).
  --anslutna <antal>        Anslutna till Storsjögläntan föregående år (3.3).
  --utvecklingsmedel <kr>   Gemensamma utvecklingsmedel totalt.
  --forra-vardenheter <fil> Förra årets listade per vårdenhet, för bladet Förändring (valfri;
                            ange den tillsammans med --forra-befolkning).
  --forra-befolkning <fil>  Förra årets befolkning per kommun, för bladet Förändring (valfri).
  --exempel                 Kör på exempeldata (märks EXEMPELDATA, med exempel-LPIK).
  --ut <mapp>               Mapp att skriva till (skapas vid behov).
  --help                    Visa denna hjälp.

Vid fel i indata skrivs ingenting och kommandot avslutas med kod 1.`;

async function run(args: string[], out: { line: (t: string) => void; error: (t: string) => void }): Promise<number> {
  try {
    const o = flaggor(args, {
      ar: { type: "string" },
      vardenheter: { type: "string" },
      befolkning: { type: "string" },
      "forra-vardenheter": { type: "string" },
      "forra-befolkning": { type: "string" },
      lpik: { type: "string", multiple: true },
      anslutna: { type: "string" },
      utvecklingsmedel: { type: "string" },
      exempel: { type: "boolean" },
      ut: { type: "string" },
    });
    const exempel = !!o.exempel;
    if (!o.ut) throw new CliError("Ange mappen att skriva till med --ut <mapp>.");
    const year = Number(o.ar ?? (exempel ? "2026" : NaN));
    if (!Number.isInteger(year)) throw new CliError("Ange regelverksåret med --ar, t.ex. --ar 2026.");
    const vFile = o.vardenheter ?? (exempel ? path.join(EXEMPEL_DIR, "EXEMPEL-vardenheter.csv") : undefined);
    const bFile = o.befolkning ?? (exempel ? path.join(EXEMPEL_DIR, "EXEMPEL-befolkning.csv") : undefined);
    if (!vFile || !bFile) throw new CliError("Ange --vardenheter <fil> och --befolkning <fil> (eller --exempel).");
    const fvFile = o["forra-vardenheter"];
    const fbFile = o["forra-befolkning"];
    if (!fvFile !== !fbFile) throw new CliError("Förra årets data behöver båda filerna: ange både --forra-vardenheter <fil> och --forra-befolkning <fil>, eller ingen av dem.");

    const lpik: Record<string, string> = exempel && !o.lpik ? { ...EXEMPEL_LPIK } : {};
    for (const x of o.lpik ?? []) {
      const m = /^(\d{4})=(.+)$/.exec(x);
      if (!m) throw new CliError(`--lpik ${x}: skriv år=procent, t.ex. --lpik 2025=3,1.`);
      lpik[m[1]] = m[2];
    }
    const check = buildSetup(year, { lpik, anslutna: o.anslutna ?? (exempel ? "175" : ""), utvecklingBelopp: o.utvecklingsmedel ?? (exempel ? "2000000" : "") });
    if (!check.setup) throw new CliError(Object.values(check.errors).join("\n"));
    const vardenheter = orFail(vFile, parseVardenheter(await readRows(vFile, VARDENHET_COLUMNS), { file: vFile }));
    const befolkning = orFail(bFile, parseBefolkning(await readRows(bFile, BEFOLKNING_COLUMNS), { file: bFile }));
    // Last year's data for the sheet Förändring: the same reading and checks as this year's.
    const forra =
      fvFile && fbFile
        ? {
            vardenheter: orFail(fvFile, parseVardenheter(await readRows(fvFile, VARDENHET_COLUMNS), { file: fvFile })),
            befolkning: orFail(fbFile, parseBefolkning(await readRows(fbFile, BEFOLKNING_COLUMNS), { file: fbFile })),
          }
        : undefined;

    if (exempel) out.line(`EXEMPELDATA: påhittade listningsdata${o.lpik ? "" : " och exempel-LPIK (3,1 % och 2,7 %, inte SKR:s siffror)"}.`);
    const date = new Date().toISOString().slice(0, 10);
    const s = medForegaende(check.setup);
    const layouts = planWorkbook(s, { vardenheter, befolkning }, date, forra);
    if (forra && !s.foregaende) out.line(`Det finns inget regelverk för ${year - 1}: förra årets data används inte (bladet Förändring skrivs inte).`);
    const prefix = exempel ? "EXEMPEL-" : "";
    const files = [
      { fileName: `${prefix}arbetsbok-${year}.xlsx`, bytes: await writeXlsx(layouts) },
      ...(await kommunFiles(layouts, s, befolkning.map((k) => k.kommun), date, exempel)),
    ];
    out.line(`Skriver ${files.length} filer till ${o.ut}:`);
    writeAll(o.ut, files, out.line);
    return 0;
  } catch (e) {
    if (e instanceof FlaggFel) out.error(`${e.message}\n\n${HELP}`);
    else if (e instanceof CliError || e instanceof InputError) out.error(e.message);
    else throw e;
    return 1;
  }
}

export const arbetsbok: Subcommand = { name: "arbetsbok", summary: "Årets arbetsbok och en fil per kommun, utan Excel.", help: HELP, run };
