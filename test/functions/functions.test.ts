// Every function of SPEC §6 through its export: a value, a range, and bad input.
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as F from "../../src/functions";
import { setPinned } from "../../src/functions/state";
import { findRuleSet, withOverrides } from "../../src/rules";
import { SPEC_NAMES } from "../support/spec-names";
import { isErr, thrown } from "../support/cf-error";

const VALUE = "#VALUE!";
const NA = "#N/A";

afterEach(() => setPinned(undefined));

const camel = (name: string) => name.toLowerCase().replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

describe("the catalogue", () => {
  const specFile = path.resolve(__dirname, "../../../shared/SPEC.md");
  const haveSpec = fs.existsSync(specFile);
  (haveSpec ? test : test.skip)("the list above is SPEC.md §6's list (../shared/SPEC.md)", () => {
    const spec = fs.readFileSync(specFile, "utf8");
    const section = spec.slice(spec.indexOf("## 6."));
    const names = [...section.matchAll(/\b((?:HALSOVAL|TILLAGG|UTVECKLING)\.[A-Z]+)\(/g)].map((m) => m[1]);
    expect([...new Set(names)].sort()).toEqual([...SPEC_NAMES].sort());
  });

  test("every SPEC function is in the generated metadata with a Swedish description, and exported under its camelCase name", async () => {
    const result = await generateCustomFunctionsMetadata(["halsoval", "halsoval-belopp", "regelverk", "tillagg", "utveckling"].map((f) => path.resolve(__dirname, `../../src/functions/${f}.ts`)));
    expect(result.errors).toEqual([]);
    const meta = JSON.parse(result.metadataJson) as { functions: { id: string; name: string; description: string; parameters: { description?: string }[] }[] };
    const ids = meta.functions.map((f) => f.id);
    for (const name of SPEC_NAMES) {
      expect(ids).toContain(name);
      expect(typeof (F as Record<string, unknown>)[camel(name)]).toBe("function");
    }
    const swedish = /[åäöÅÄÖ]|\b(och|av|per|för|till|efter|ur|som)\b/;
    for (const f of meta.functions) {
      expect([f.id, swedish.test(f.description ?? "")]).toEqual([f.id, true]);
      for (const p of f.parameters) expect([f.id, (p.description ?? "").length > 0]).toEqual([f.id, true]);
      expect(f.name).toBe(f.id);
    }
  });
});

describe("HALSOVAL.VIKT, LISTAD, LAKEMEDEL, REHAB", () => {
  test("a single value in gives a single value out", () => {
    expect(F.halsovalVikt([[72]])).toEqual([[1.54]]);
    expect(F.halsovalListad([[72]], 2026)).toEqual([[3543.54]]);
    expect(F.halsovalListad([[72]], 2025)).toEqual([[3532.98]]);
    expect(F.halsovalLakemedel([[80]])).toEqual([[4446.9]]);
    expect(F.halsovalRehab([[16]])).toEqual([[106]]);
  });
  test("a range in gives a range of the same shape out; empty cells stay empty", () => {
    expect(F.halsovalListad([[0, 4], [5, ""], [null, 100]])).toEqual([[2669.16, 2669.16], [828.36, ""], ["", 3175.38]]);
    expect(F.halsovalRehab([[15], [16], [67], [68]])).toEqual([[0], [106], [106], [0]]);
  });
  test.each([[-1, "negativ"], [4.5, "heltal"], ["sjuttio", "tal"], [121, "högst 120"]])("age %p gives #VALUE! saying why", (bad, why) => {
    const e = thrown(() => F.halsovalListad([[bad]]));
    expect(e.code).toBe(VALUE);
    expect(e.message).toMatch(/^Ålder/);
    expect(e.message).toContain(why);
  });
  test("in a range only the bad cell is an error", () => {
    const out = F.halsovalVikt([[30, -3, 40]]);
    expect(out[0][0]).toBe(0.81);
    expect(isErr(out[0][1]) && out[0][1].code).toBe(VALUE);
    expect(out[0][2]).toBe(0.76);
  });
  test("a year without a rule set is #N/A naming the year", () => {
    const e = thrown(() => F.halsovalListad([[72]], 2031));
    expect(e.code).toBe(NA);
    expect(e.message).toContain("2031");
    expect(thrown(() => F.halsovalVikt([[72]], "tjugo")).code).toBe(VALUE);
  });
  test("the year defaults to the workbook's pinned year, else the newest rule set", () => {
    expect(F.halsovalListad([[72]])).toEqual([[3543.54]]);
    setPinned({ year: 2025, ruleSets: [] });
    expect(F.halsovalListad([[72]])).toEqual([[3532.98]]);
  });
});

describe("CNI, SOCIOEKONOMI, GLESBYGDSVIKT, GLESBYGD", () => {
  test("CNI of seven shares in a row or a column; rows of seven give one CNI each", () => {
    expect(F.halsovalCni([[1, 1, 1, 1, 1, 1, 1]])).toEqual([[32.58]]);
    expect(F.halsovalCni([[0.1], [0], [0], [0], [0], [0], [0.2]], 1.453)).toEqual([[1]]);
    const out = F.halsovalCni([[1, 1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 2]]);
    expect(out[0][0]).toBe(32.58);
    expect(isErr(out[1][0])).toBe(true);
    expect(thrown(() => F.halsovalCni([[1, 2, 3]])).message).toContain("sju andelar");
  });
  test("socioeconomic payment per unit over a range", () => {
    const out = F.halsovalSocioekonomi([[1000], [3000]], [[1.2], [0.8]], 3600);
    expect(out).toEqual([[67614000], [135228000]]);
    expect(thrown(() => F.halsovalSocioekonomi([[10.5]], [[1]], 100)).message).toMatch(/^Listade/);
  });
  test("sparsity weight and payment", () => {
    expect(F.halsovalGlesbygdsvikt([[5000], [2000]], [[120], [20]])).toEqual([[7056], [0]]);
    expect(F.halsovalGlesbygd([[5000]], [[120]], 14112)).toEqual([[44744500]]);
    expect(thrown(() => F.halsovalGlesbygdsvikt([[5000]], [[-1]])).code).toBe(VALUE);
    expect(thrown(() => F.halsovalGlesbygdsvikt([[1, 2]], [[1, 2, 3]])).message).toContain("samma storlek");
  });
});

describe("MOMS, ADMIN, UTBETALNINGSDAG, FAMILJECENTRAL", () => {
  test("3 % and 1,5 %", () => {
    expect(F.halsovalMoms([[100000], [1]])).toEqual([[3000], [0.03]]);
    expect(F.halsovalAdmin([[100000]])).toEqual([[1500]]);
    expect(thrown(() => F.halsovalMoms([[-5]])).message).toMatch(/^Belopp/);
  });
  test("payment dates as Excel serials: June 2025 is paid on the 23rd", () => {
    expect(F.halsovalUtbetalningsdag([[2025]], [[6]])).toEqual([[45831]]);
    expect(F.halsovalUtbetalningsdag([[2026]], [[1, 6, 12]])).toEqual([[46042, 46195, 46377]]);
    expect(thrown(() => F.halsovalUtbetalningsdag([[2026]], [[13]])).message).toMatch(/^Månad/);
    expect(thrown(() => F.halsovalUtbetalningsdag([[2101]], [[1]])).code).toBe(VALUE);
  });
  test("family centre with minimum, maximum and rent", () => {
    expect(F.halsovalFamiljecentral([[100], [500], [2000]])).toEqual([[25000], [50000], [100000]]);
    expect(F.halsovalFamiljecentral([[300]], 5000)).toEqual([[35000]]);
    expect(thrown(() => F.halsovalFamiljecentral([[3.5]])).code).toBe(VALUE);
  });
});

describe("PARAMETER and KALLA", () => {
  test("a number, a table, a reading and its source", () => {
    expect(F.halsovalParameter("5.1.1.pris")).toEqual([[2301]]);
    expect(F.halsovalParameter("5.1.1.pris", 2025)).toEqual([[2222]]);
    expect(F.halsovalParameter("5.1.3.avstandsvikter")[4]).toEqual([150, "", 2.25]);
    expect(F.halsovalParameter("5.1.3.listintervall")).toEqual([["marginal"]]);
    expect(F.halsovalParameter("3.1.grundbelopp")).toEqual([[3735428]]);
    expect(F.halsovalKalla("5.1.1.pris")[0][0]).toContain("avsnitt 5.1.1");
    expect(F.halsovalKalla("3.2.justeringsbelopp")[0][0]).toContain("tilläggsbelopp");
  });
  test("an unknown key is #VALUE! naming it", () => {
    expect(thrown(() => F.halsovalParameter("5.9.9")).message).toContain('"5.9.9" finns inte');
    expect(thrown(() => F.halsovalParameter(42)).code).toBe(VALUE);
  });
});

describe("TILLAGG", () => {
  const withLpik = () =>
    setPinned({ year: 2026, ruleSets: [withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.03", "2026": "1.02" } } })] });

  test("2024 is the base level; a later year needs LPIK (example factors below, not SKR's)", () => {
    expect(F.tillaggGrundbelopp(2024)).toEqual([[3735428]]);
    expect(F.tillaggJusteringsbelopp(2024)).toEqual([[25940]]);
    const e = thrown(() => F.tillaggGrundbelopp());
    expect(e.code).toBe(VALUE);
    expect(e.message).toContain("LPIK för 2025 saknas");
    withLpik();
    expect(F.tillaggGrundbelopp()).toEqual([[3924441]]);
  });
  test("BERAKNA reproduces 3 735 428,4", () => {
    expect(F.tillaggBerakna(3, 47000, 0.4718, 1.5)).toEqual([[3735428.4]]);
    expect(thrown(() => F.tillaggBerakna(3, "x", 0.4718, 1.5)).code).toBe(VALUE);
  });
  test("JUSTERA and BELOPP over a range of counts", () => {
    expect(F.tillaggJustera([[128], [129], [169], [170], [175]], 2024)).toEqual([[-25940], [0], [0], [25940], [155640]]);
    expect(F.tillaggBelopp([[120]], 2024)).toEqual([[3501968]]);
    expect(thrown(() => F.tillaggJustera([[150.5]], 2024)).message).toMatch(/^Antal/);
    expect(thrown(() => F.tillaggJustera([[150]], 2023)).code).toBe(NA);
  });
  test("NORMALVARIATION spills lower and upper bound", () => {
    expect(F.tillaggNormalvariation([[140], [150], [160], [145], [155], [146]])).toEqual([[135, 164]]);
    expect(thrown(() => F.tillaggNormalvariation([[150]])).code).toBe(VALUE);
  });
  test("FORDELA shares in whole kronor summing to the amount, shape kept", () => {
    const out = F.tillaggFordela(100, [[1, 1, 1]]);
    expect(out).toEqual([[34, 33, 33]]);
    expect(F.tillaggFordela(100, [[1], [""], [3]])).toEqual([[25], [""], [75]]);
    expect(thrown(() => F.tillaggFordela(100, [[1], [-1]])).message).toMatch(/rad 2, kolumn 1/);
  });
  test("NYCKEL gives the §3.4 keys", () => {
    expect(F.tillaggNyckel([[1], [1]], [[1], [3]], [[0], [2]])).toEqual([[0.34], [0.66]]);
    expect(thrown(() => F.tillaggNyckel([[1], [1]], [[1]], [[0], [2]])).message).toContain("samma storlek");
  });
});

test("UTVECKLING.FORDELA: the municipalities' half by population", () => {
  const out = F.utvecklingFordela(1000000, [[7108], [6035], [10175], [15680], [5146], [11023], [12693], [64979]]);
  expect(out.flat().reduce((a: number, b) => a + (b as number), 0)).toBe(500000);
  expect(out[7]).toEqual([244578]);
});
