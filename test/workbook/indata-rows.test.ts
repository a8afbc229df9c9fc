// Reading the user's files, row by row (issue: never a wrong number): shifted rows, doubled
// columns, the file's own row numbers, the number rules of the README and the header found
// below title rows, with the hint when the other table was given.
import { BAND_COLUMNS, describeProblem, parseBefolkning, parseText, parseVardenheter, type Problem } from "../../src/workbook/indata";
import { readNumber } from "../../src/workbook/cells";

const HEAD = ["id", "vardenhet", "kommun", "regi", "cni", "avstand_km", "listade_16_67", ...BAND_COLUMNS];
const unit = (id: string, name = `Enhet ${id}`, cni = "1,05", km = "29,6", bands = Array(21).fill("10")) => [id, name, "Berg", "Region", cni, km, "3", ...bands];
const lines = (sep: string, ...rows: string[][]) => rows.map((r) => r.join(sep)).join("\n");
const problems = (res: { ok: boolean; problems?: Problem[] }) => (res.ok ? [] : res.problems!.map((p) => `${p.row}|${p.column}|${p.message}`));

describe("rows that do not fit the header are refused, never read shifted", () => {
  test('a comma-separated file with "1,05" unquoted is an error naming the row, not CNI 1', () => {
    const text = lines(",", HEAD, unit("A", "Enhet A", "1", "75"), unit("B", "Enhet B", "1,05", "75"));
    const res = parseVardenheter(parseText(text), { file: "listning.csv" });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problems).toHaveLength(1);
      expect(res.problems[0]).toMatchObject({ row: 3, file: "listning.csv", unit: "id B" });
      expect(res.problems[0].message).toMatch(/^Raden har 29 celler men rubrikraden 28: raden läses inte\. .*semikolonavgränsad/);
      expect(describeProblem(res.problems[0])).toMatch(/^listning\.csv, rad 3 \(id B\): Raden har 29/);
    }
  });

  test("a row with fewer cells, and a value beyond the header, are errors", () => {
    const short = unit("B").slice(0, 20);
    const res = parseVardenheter(parseText(lines(";", [...HEAD, ""], [...unit("A"), ""], [...short], [...unit("C"), "x"])));
    expect(problems(res)).toEqual([
      "3||Raden har 20 celler men rubrikraden 29: raden läses inte.",
      expect.stringMatching(/^4\|\|Cell utanför rubrikraden: kolumn 29 har "x" men ingen rubrik\./),
    ]);
  });

  test("the same column twice in the header is refused", () => {
    const res = parseVardenheter(parseText(lines(";", [...HEAD, "CNI"], [...unit("A"), "2"])));
    expect(problems(res)).toEqual(["1|CNI|Kolumnen finns 2 gånger i rubrikraden (kolumn 5 och 29): ta bort den ena."]);
  });
});

describe("row numbers are the file's own", () => {
  test("after blank lines the reported row is the line the user sees", () => {
    const text = [HEAD.join(";"), "", unit("A").join(";"), ";;;", "", unit("B", "Enhet B", "x").join(";")].join("\r\n");
    expect(problems(parseVardenheter(parseText(text)))).toEqual(['6|CNI|"x" är inte ett tal (decimaltecken komma eller punkt).']);
  });

  test("the header is found below title rows, and rows are counted from the top", () => {
    const text = ["Listning per vårdenhet", "Källa: vårdvalsenheten, 2026-01-01", "", HEAD.join(";"), unit("A", "Enhet A", "-1").join(";")].join("\n");
    const res = parseVardenheter(parseText(text));
    expect(problems(res)).toEqual(["5|CNI|-1 är negativt."]);
    if (!res.ok) expect(res.problems[0].unit).toBe("id A");
  });
});

describe("headers: what was found, what is missing, and the other table", () => {
  test("a missing column is named once: Hittade … / Saknas …", () => {
    const res = parseVardenheter(parseText(lines(";", HEAD.filter((h) => h !== "cni" && h !== "regi"), ["A"])));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problems).toHaveLength(1);
      expect(res.problems[0]).toMatchObject({ row: 1, column: "Regi, CNI" });
      expect(res.problems[0].message).toMatch(/^Hittade på rad 1: Id, Vårdenhet, Kommun, Avstånd km, Listade 16–67, 0-4, .*\. Saknas: Regi, CNI\.$/);
    }
  });

  test("the population table in the listing slot, and the listing in the population slot, get a hint", () => {
    const pop = lines(";", ["kommun", "cni", "avstand_km", ...BAND_COLUMNS], ["Berg", "1", "50", ...Array(21).fill("1")]);
    expect(problems(parseVardenheter(parseText(pop)))[0]).toMatch(/^1\|\|Det här ser ut som den andra tabellen\. Befolkning per kommun hör hemma i fältet för befolkningen/);
    const list = lines(";", HEAD, unit("A"));
    expect(problems(parseBefolkning(parseText(list)))[0]).toMatch(/^1\|\|Det här ser ut som den andra tabellen\. Listningen per vårdenhet hör hemma i fältet för listningen/);
  });

  test("an empty file says it is empty (not 'paste')", () => {
    expect(problems(parseVardenheter(parseText("\n\n"), { file: "tom.csv" }))).toEqual(["1||Filen tom.csv är tom: ingen tabell att läsa."]);
  });
});

describe("the number rules stated in the README", () => {
  const count = (s: string) => {
    const n = readNumber(s, "count");
    return n.ok ? n.value.toString() : n.message;
  };
  const dec = (s: string) => {
    const n = readNumber(s, "decimal");
    return n.ok ? n.value.toString() : n.message;
  };
  test.each([
    ["1,000", '"1,000" är tvetydigt: tusentalsavgränsare eller decimaler? Skriv 1000 eller 1 utan ",".'],
    ["12.000", '"12.000" är tvetydigt: tusentalsavgränsare eller decimaler? Skriv 12000 eller 12 utan ".".'],
    ["2,0", "2"],
    ["2,00", "2"],
    ["2,5", "2,5 är inte ett heltal."],
    ["12 345", "12345"],
    ["1\u00a0234\u00a0567", "1234567"],
    ["1 2 3 4", '"1 2 3 4" är inte ett tal: mellanslag får bara skilja tusental (som i 12 345).'],
    ["1.234,5", '"1.234,5" är inte ett tal: använd ett decimaltecken och mellanslag som tusentalsavgränsare.'],
    ["10000000", "10000000"],
    ["10000001", "10000001 är orimligt stort för ett antal (högst 10 000 000)."],
    ["1234567890123456", "1234567890123456 är orimligt stort för ett antal (högst 10 000 000)."],
    ["-5", "-5 är negativt: ett antal får inte vara negativt."],
    ["1E3", '"1E3" är inte ett tal (decimaltecken komma eller punkt).'],
  ])("count %s → %s", (raw, expected) => expect(count(raw)).toBe(expected));

  test.each([
    ["1,000", "1"],
    ["1,0549", "1.0549"],
    ["1.05", "1.05"],
    ["1 000,5", "1000.5"],
    ["29,6", "29.6"],
  ])("decimal %s → %s", (raw, expected) => expect(dec(raw)).toBe(expected));

  test("two units with the same name but different ids are warned, not refused", () => {
    const res = parseVardenheter(parseText(lines(";", HEAD, unit("A", "Hälsocentral Berg"), unit("B", "hälsocentral berg"))));
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.warnings.map((w) => `${w.row}|${w.column}|${w.unit}`)).toEqual(["3|Vårdenhet|id B"]);
    if (res.ok) expect(res.warnings[0].message).toMatch(/id A på rad 2/);
  });

  test("units of one municipality with different distances are warned (5.1.3: the distance is the municipality's)", () => {
    const res = parseVardenheter(parseText(lines(";", HEAD, unit("A", "Enhet A", "1,05", "120"), unit("B", "Enhet B", "1,05", "95"))));
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.warnings.map((w) => `${w.row}|${w.column}|${w.unit}`)).toEqual(["2|Avstånd km|Berg"]);
    if (res.ok) expect(res.warnings[0].message).toMatch(/Enhet A 120 km, Enhet B 95 km.*95 km/);
  });
});

describe("the template files shipped for download", () => {
  const fs = require("fs") as typeof import("fs");
  const path = require("path") as typeof import("path");
  const { TEMPLATE_FILES, readTableFile } = require("../../src/workbook/indata") as typeof import("../../src/workbook/indata");
  test.each([
    ["vardenheter", parseVardenheter, "Inga vårdenheter under rubrikraden."],
    ["befolkning", parseBefolkning, "Saknar Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, Åre, Östersund: alla åtta kommuner behövs för fördelningen."],
  ] as const)("the %s template has exactly the header the parser looks for", async (kind, parse, message) => {
    const bytes = fs.readFileSync(path.resolve(__dirname, "../..", TEMPLATE_FILES[kind]));
    const res = parse(await readTableFile(new Uint8Array(bytes)));
    expect(res.ok ? [] : res.problems.map((p) => `${p.row}|${p.message}`)).toEqual([`2|${message}`]);
  });
});

test("a file mixing CRLF and LF line ends is read row by row (not one cell spanning two lines)", () => {
  expect(parseText("manad;id;belopp\r\n2026-05;VE01;2400000\n2026-05;VE02;10\r\n")).toEqual([
    ["manad", "id", "belopp"],
    ["2026-05", "VE01", "2400000"],
    ["2026-05", "VE02", "10"],
  ]);
  expect(parseText("a;b\n1;2\r\n3;4\r5;6")).toEqual([["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]);
});
