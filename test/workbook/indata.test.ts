import { BAND_COLUMNS, parseBefolkning, parseText, parseVardenheter } from "../../src/workbook/indata";

const VH = "id;vardenhet;kommun;regi;cni;avstand_km;listade_16_67;" + BAND_COLUMNS.join(";");
const row = (cells: string[]) => cells.join(";");

describe("listing data per vårdenhet", () => {
  test("Swedish decimals, tab-separated paste and both regi values are read", () => {
    const text = [VH, row(["A", "Enhet A", "Berg", "Region", "1,05", "75", "3", ...Array(21).fill("1")]), row(["B", "Enhet B", "östersund", "Privat", "0.9", "2", "0", ...Array(21).fill("0")])].join("\n");
    const res = parseVardenheter(parseText(text));
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(res.rows[0]).toMatchObject({ id: "A", kommun: "Berg", privat: false, cni: "1.05", avstandKm: 75, listade16till67: 3 });
      expect(res.rows[1]).toMatchObject({ kommun: "Östersund", privat: true });
    }
    const tabbed = parseVardenheter(parseText(text.replace(/;/g, "\t")));
    expect(tabbed.ok).toBe(true);
  });

  test("every problem names its row and column, and nothing is returned", () => {
    const text = [
      VH,
      row(["A", "Enhet A", "Oslo", "Kommunal", "x", "-1", "30", ...Array(20).fill("1"), "2,5"]),
      row(["A", "", "Berg", "Region", "1", "10", "0", ...Array(21).fill("")]),
    ].join("\n");
    const res = parseVardenheter(parseText(text));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      const p = res.problems.map((x) => `${x.row}|${x.column}|${x.message}`);
      expect(p).toContain('2|Kommun|"Oslo" är inte en av länets kommuner (Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, Åre, Östersund).');
      expect(p).toContain('2|Regi|"Kommunal" ska vara Privat eller Region.');
      expect(p).toContain('2|CNI|"x" är inte ett tal (decimaltecken komma eller punkt).');
      expect(p).toContain("2|Avstånd km|-1 är negativt.");
      expect(p).toContain("2|100-|2,5 är inte ett heltal.");
      expect(p).toContain("2|Listade 16–67|30 listade 16–67 år är fler än alla listade (20).");
      expect(p).toContain('3|Id|Id "A" finns redan på rad 2.');
      expect(p).toContain("3|Vårdenhet|Tomt namn.");
      expect(p).toContain("3|0-4|Tom cell: ange 0 om det inte finns några.");
    }
  });

  test("a missing column is named in the header row", () => {
    const res = parseVardenheter(parseText("id;vardenhet\nA;B"));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]).toMatchObject({ row: 1 });
  });
});

describe("population per municipality", () => {
  const KOMMUNER = ["2326 Berg", "2305 Bräcke", "2361 Härjedalen", "2309 Krokom", "2303 Ragunda", "2313 Strömsund", "2321 Åre", "2380 Östersund"];
  const singleYear = (value: (k: number, age: number) => string) =>
    [
      ["region", "cni", "avstand_km", ...Array.from({ length: 101 }, (_, a) => (a === 100 ? "100+ år" : `${a} år`))],
      ...KOMMUNER.map((k, i) => [k, "1", "50", ...Array.from({ length: 101 }, (_, a) => value(i, a))]),
    ];

  test("SCB's export with one column per year of age is summed into the five-year bands", () => {
    const res = parseBefolkning(singleYear((k, a) => String(a === 100 ? 7 : k + 1)));
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(res.rows[0].kommun).toBe("Berg");
      expect(res.rows[0].befolkning).toEqual([...Array(20).fill(5), 7]);
      expect(res.rows[7].befolkning[0]).toBe(40);
    }
  });

  test("a bad cell in SCB's layout is reported with SCB's own column name", () => {
    const res = parseBefolkning(singleYear((k, a) => (k === 2 && a === 37 ? "x" : "1")));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems).toContainEqual({ row: 4, column: "37 år", message: '"x" är inte ett tal (decimaltecken komma eller punkt).' });
  });

  test("all eight municipalities are needed", () => {
    const rows = singleYear(() => "1").slice(0, 5);
    const res = parseBefolkning(rows);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0].message).toMatch(/Saknar Ragunda, Strömsund, Åre, Östersund/);
  });
});

describe("xlsx files", () => {
  test("an xlsx file's first sheet is read like pasted text (SheetJS)", async () => {
    const XLSX = await import("@e965/xlsx");
    const { parseXlsx } = await import("../../src/workbook/indata");
    const fs = await import("fs");
    const path = await import("path");
    const csv = parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-befolkning.csv"), "utf8"));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(csv.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 0 ? c : Number(c.replace(",", "."))))))), "Befolkning");
    const bytes: ArrayBuffer = XLSX.write(wb, { type: "array", bookType: "xlsx" });
    const rows = await parseXlsx(bytes);
    const fromXlsx = parseBefolkning(rows);
    const fromCsv = parseBefolkning(csv);
    expect(fromXlsx.ok && fromCsv.ok).toBe(true);
    if (fromXlsx.ok && fromCsv.ok) expect(fromXlsx.rows).toEqual(fromCsv.rows);
  });
});
