// The user's files as bytes (issue: never a wrong number): xlsx read as stored, not as
// displayed (real number formats, written by SheetJS here), the sheet chosen by its header,
// blank sheet rows counted, and Swedish Excel's Windows-1252 CSV decoded.
import * as XLSX from "@e965/xlsx";
import { BAND_COLUMNS, BEFOLKNING_COLUMNS, decodeText, KNOWN_HEADERS, parseBefolkning, parseVardenheter, readTableFile, VARDENHET_COLUMNS } from "../../src/workbook/indata";

const HEAD = ["id", "vardenhet", "kommun", "regi", "cni", "avstand_km", "listade_16_67", ...BAND_COLUMNS];
const bands = () => Array(21).fill(10) as number[];

/** A workbook with real number formats: the cell stores `v`, Excel shows it as `z`. */
function book(sheets: [string, (string | number | null)[][], Record<string, string>?][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa, formats] of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    for (const [addr, z] of Object.entries(formats ?? {})) ws[addr].z = z;
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }));
}

describe("xlsx cells are read as stored, not as displayed", () => {
  test("CNI 1,0549 shown as 1,05 stays 1,0549; 29,6 km shown as 30 stays 29,6", async () => {
    const bytes = book([["Listning", [HEAD, ["A", "Enhet A", "Berg", "Region", 1.0549, 29.6, 3, ...bands()]], { E2: "0.00", F2: "0" }]]);
    const res = parseVardenheter(await readTableFile(bytes, VARDENHET_COLUMNS, KNOWN_HEADERS), { file: "listning.xlsx" });
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.rows[0]).toMatchObject({ cni: "1.0549", avstandKm: 29.6 });
  });

  test('12,5 formatted "0" (shown as 13) is refused as not a whole count', async () => {
    const bytes = book([["Listning", [HEAD, ["A", "Enhet A", "Berg", "Region", 1, 10, 3, 12.5, ...bands().slice(1)]], { H2: "0" }]]);
    const res = parseVardenheter(await readTableFile(bytes, VARDENHET_COLUMNS, KNOWN_HEADERS), { file: "listning.xlsx" });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems).toEqual([{ row: 2, column: "0-4", message: "12.5 är inte ett heltal.", file: "listning.xlsx", unit: "id A" }]);
  });

  test("the sheet is chosen by its header; title rows and blank rows keep the sheet's row numbers", async () => {
    const pop = [["Befolkning 2025-12-31 (SCB)"], [], [...BEFOLKNING_COLUMNS], ["Berg", 1, 50, ...bands()], [], ["Bräcke", "x", 50, ...bands()]];
    const bytes = book([
      ["Anteckningar", [["Detta blad är inga data"]]],
      ["Listning", [HEAD, ["A", "Enhet A", "Berg", "Region", 1, 10, 3, ...bands()]]],
      ["Befolkning", pop],
    ]);
    const rows = await readTableFile(bytes, BEFOLKNING_COLUMNS, KNOWN_HEADERS);
    const res = parseBefolkning(rows, { file: "data.xlsx" });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems).toEqual([{ row: 6, column: "CNI", message: '"x" är inte ett tal (decimaltecken komma eller punkt).', file: "data.xlsx", unit: "Bräcke" }]);
    const list = parseVardenheter(await readTableFile(bytes, VARDENHET_COLUMNS, KNOWN_HEADERS));
    expect(list.ok).toBe(true);
  });

  test("a value to the right of the header in xlsx is refused", async () => {
    const bytes = book([["Listning", [HEAD, ["A", "Enhet A", "Berg", "Region", 1, 10, 3, ...bands(), "kvar"]]]]);
    const res = parseVardenheter(await readTableFile(bytes, VARDENHET_COLUMNS, KNOWN_HEADERS));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0].message).toMatch(/^Cell utanför rubrikraden: kolumn 29 har "kvar"/);
  });
});

describe("text files are decoded from bytes", () => {
  const latin1 = (s: string) => new Uint8Array([...s].map((ch) => ch.charCodeAt(0)));

  test('a Windows-1252 file from Swedish Excel reads "Bräcke" (0xE4), not "Br\uFFFDcke"', async () => {
    const csv = ["kommun;cni;avstand_km;" + BAND_COLUMNS.join(";"), ...["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"].map((k) => `${k};1,02;50;${Array(21).fill("1").join(";")}`)].join("\r\n");
    const bytes = latin1(csv);
    expect(bytes.includes(0xe4)).toBe(true);
    expect(bytes.includes(0xc5)).toBe(true); // Å
    const res = parseBefolkning(await readTableFile(bytes.buffer), { file: "befolkning.csv" });
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.rows.map((r) => r.kommun)).toContain("Bräcke");
  });

  test("UTF-8 with and without BOM, and UTF-16 with BOM, decode the same", () => {
    const utf8 = new TextEncoder().encode("Bräcke;Åre");
    expect(decodeText(utf8)).toBe("Bräcke;Åre");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe("Bräcke;Åre");
    const u16 = new Uint8Array([0xff, 0xfe, ...[..."Bräcke"].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(decodeText(u16)).toBe("Bräcke");
    expect(decodeText(latin1("Östersund"))).toBe("Östersund");
  });
});
