// An example formula per custom function for docs/funktioner.md (issue 11, item 4). The
// metadata generator has no tag for examples, so they live here, keyed by the function's
// name; the generator refuses a function without one, so a new function gets its example.
export const EXEMPEL: Record<string, { formel: string; forklaring: string; avsnitt?: string }> = {
  "HALSOVAL.VIKT": { formel: "=HALSOVAL.VIKT(72)", forklaring: "vikten för en listad som är 72 år, arbetsbokens år" },
  "HALSOVAL.LISTAD": { formel: "=HALSOVAL.LISTAD(72; 2026)", forklaring: "1,54 × 2 301 = 3 543,54 kr per år" },
  "HALSOVAL.LAKEMEDEL": { formel: "=HALSOVAL.LAKEMEDEL(A2:A500)", forklaring: "läkemedelsersättningen för varje ålder i kolumnen (spills)" },
  "HALSOVAL.REHAB": { formel: "=HALSOVAL.REHAB(40)", forklaring: "beloppet per listad för en 40-åring; 0 utanför 16–67 år" },
  "HALSOVAL.CNI": { formel: "=HALSOVAL.CNI(B2:H2; 0,97)", forklaring: "CNI ur sju andelar i en rad, delat med riksvärdet" },
  "HALSOVAL.SOCIOEKONOMI": { formel: "=HALSOVAL.SOCIOEKONOMI(C2; D2; $D$20)", forklaring: "vårdenhetens andel av CNI-budgeten; D20 är länets summa av listade × CNI" },
  "HALSOVAL.GLESBYGDSVIKT": { formel: "=HALSOVAL.GLESBYGDSVIKT(5000; 75)", forklaring: "glesbygdsvikten för 5 000 listade 75 km från Östersund" },
  "HALSOVAL.GLESBYGD": { formel: "=HALSOVAL.GLESBYGD(C2; E2; $F$20)", forklaring: "vårdenhetens andel av glesbygdsbudgeten; F20 är länets glesbygdsvikt" },
  "HALSOVAL.MOMS": { formel: "=HALSOVAL.MOMS(1000000)", forklaring: "momskompensationen på 1 000 000 kr" },
  "HALSOVAL.ADMIN": { formel: "=HALSOVAL.ADMIN(1000000)", forklaring: "IT/admin-påslaget på 1 000 000 kr" },
  "HALSOVAL.UTBETALNINGSDAG": { formel: "=HALSOVAL.UTBETALNINGSDAG(2026; 1)", forklaring: "utbetalningsdagen i januari 2026 (formatera cellen som datum)" },
  "HALSOVAL.FAMILJECENTRAL": { formel: "=HALSOVAL.FAMILJECENTRAL(300; 12000)", forklaring: "ersättningen för 300 listade barn 0–5 år plus 12 000 kr i lokalhyra" },
  "HALSOVAL.PARAMETER": { formel: "=HALSOVAL.PARAMETER(\"5.1.1.pris\"; 2026)", forklaring: "priset för vikt 1,00 ur 2026 års regelverk", avsnitt: "regelverken" },
  "HALSOVAL.KALLA": { formel: "=HALSOVAL.KALLA(\"5.1.1.pris\")", forklaring: "dokument och avsnitt som värdet kommer från", avsnitt: "regelverken" },
  "TILLAGG.GRUNDBELOPP": { formel: "=TILLAGG.GRUNDBELOPP(2026)", forklaring: "grundbeloppet indexerat med LPIK till 2026 (LPIK anges först)" },
  "TILLAGG.BERAKNA": { formel: "=TILLAGG.BERAKNA(3; 47000; 0,4718; 1,5)", forklaring: "3 × 47 000 × 12 × 1,4718 × 1,5 kr per år" },
  "TILLAGG.JUSTERINGSBELOPP": { formel: "=TILLAGG.JUSTERINGSBELOPP(2024)", forklaring: "justeringsbeloppet per ansluten person i basårets nivå" },
  "TILLAGG.JUSTERA": { formel: "=TILLAGG.JUSTERA(175; 2024)", forklaring: "6 personer över normalvariationen × 25 940 = 155 640 kr" },
  "TILLAGG.BELOPP": { formel: "=TILLAGG.BELOPP(B4; B3)", forklaring: "tilläggsbeloppet efter avstämning för antalet anslutna i B4, året i B3" },
  "TILLAGG.NORMALVARIATION": { formel: "=TILLAGG.NORMALVARIATION(B2:B7)", forklaring: "nedre och övre gräns ur sex årsvärden (spills till två celler)" },
  "TILLAGG.FORDELA": { formel: "=TILLAGG.FORDELA(B10; E16:E23)", forklaring: "beloppet i B10 fördelat på kommunernas nycklar, i hela kronor" },
  "TILLAGG.NYCKEL": { formel: "=TILLAGG.NYCKEL(B16:B23; C16:C23; D16:D23)", forklaring: "kommunernas fördelningsnycklar ur de tre faktorerna" },
  "UTVECKLING.FORDELA": { formel: "=UTVECKLING.FORDELA(B3; B8:B15)", forklaring: "varje kommuns del av kommunernas hälft, efter befolkning" },
};
