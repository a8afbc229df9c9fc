// Deployment that cannot go wrong quietly (issue: never a wrong number, items 14–17): a
// production build needs ADDIN_HOST; the development manifest has its own identity; the
// manifest, source and built, validates against Microsoft's schemas (xmllint, offline);
// functions.json keeps Office's limits; the ExcelApi set declared covers the calls made;
// the bundles hold no syntax newer than Safari 14 / WebView2 90.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const built = fs.existsSync(path.join(dist, "functions.json"));
const schema = path.join(root, "../shared/office-schemas/OfficeAppManifestV1_1.xsd");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js");

describe("the production host and the two identities", () => {
  const saved = process.env.ADDIN_HOST;
  afterEach(() => (saved === undefined ? delete process.env.ADDIN_HOST : (process.env.ADDIN_HOST = saved)));

  test.each([undefined, "", "inte en adress", "http://addin.example.se/"])("a production build with ADDIN_HOST=%p stops with a message saying how to set it", async (host) => {
    if (host === undefined) delete process.env.ADDIN_HOST;
    else process.env.ADDIN_HOST = host;
    await expect(config({}, { mode: "production" })).rejects.toThrow(/ADDIN_HOST saknas eller är ogiltig[\s\S]*ADDIN_HOST=https:\/\/addin\.regionjh\.se\/rjh-ersattning\/ npm run build/);
  });

  test("the development build needs no host; production gets the deployed Id and name", async () => {
    delete process.env.ADDIN_HOST;
    await expect(config({}, { mode: "development" })).resolves.toBeDefined();
    const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(source).toContain(`<Id>${config.DEVELOPMENT.id}</Id>`);
    expect(source).toContain('<DisplayName DefaultValue="RJH ersättning (utveckling)"/>');
    expect(config.DEVELOPMENT.id).not.toBe(config.PRODUCTION.id);
    process.env.ADDIN_HOST = "https://addin.example.se/rjh";
    const prod = config.manifestTransform(source, false);
    expect(prod).toContain(`<Id>${config.PRODUCTION.id}</Id>`);
    expect(prod).toContain('<DisplayName DefaultValue="RJH ersättning"/>');
    expect(prod).toContain('<SupportUrl DefaultValue="https://addin.example.se/rjh/help.html"/>');
    expect(prod).not.toMatch(/localhost|<AppDomain/);
  });
});

const xmlTest = hasXmllint ? test : test.skip;
if (!hasXmllint) console.warn("xmllint saknas: schemakontrollen av manifestet hoppas över. Installera: apt-get install -y libxml2-utils");
describe("the manifest validates against Microsoft's schemas (offline)", () => {
  xmlTest("source manifest.xml", () => {
    expect(execFileSync("xmllint", ["--noout", "--schema", schema, path.join(root, "manifest.xml")], { encoding: "utf8", stdio: "pipe" })).toBe("");
  });
  (built ? xmlTest : test.skip)("built dist/manifest.xml", () => {
    expect(execFileSync("xmllint", ["--noout", "--schema", schema, path.join(dist, "manifest.xml")], { encoding: "utf8", stdio: "pipe" })).toBe("");
  });
});

test("the declared ExcelApi set covers every Excel call in src (member → set it came in)", () => {
  // From Microsoft's Excel JavaScript API reference (the requirement set of each member).
  // Minor versions of ExcelApi 1.x (1.10 is newer than 1.7, so not decimals).
  const since: [RegExp, number][] = [
    [/\.settings\b/, 4], [/getItemOrNullObject\(/, 4], [/suspendApiCalculationUntilNextSync\(/, 6],
    [/\.freezePanes\b/, 7], [/getRangeByIndexes\(/, 7], [/\.protection\b/, 2],
    [/\.copy\(\s*(Excel\.WorksheetPositionType|"(End|Beginning|After|Before)")/, 10], [/\.officeTheme\b/, 1],
  ];
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : []));
  const code = ["workbook", "taskpane", "functions"].flatMap((d) => files(path.join(root, "src", d))).map((f) => fs.readFileSync(f, "utf8")).join("\n");
  const needed = Math.max(1, ...since.filter(([re]) => re.test(code)).map(([, v]) => v));
  const m = /<Set Name="ExcelApi" MinVersion="1\.(\d+)"\/>/.exec(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
  expect(m).not.toBeNull();
  expect(Number(m![1])).toBeGreaterThanOrEqual(needed);
});

(built ? describe : describe.skip)("the built files", () => {
  test("functions.json keeps Office's limits: ids A–Z 0–9 _ . and names letters, digits _ . (3–128, from a letter)", () => {
    const meta = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
    const bad: string[] = [];
    for (const f of meta.functions) {
      if (!/^[A-Z][A-Z0-9_.]{2,127}$/.test(f.id)) bad.push(`id ${f.id}`);
      if (!/^\p{L}[\p{L}\p{N}_.]{2,127}$/u.test(f.name)) bad.push(`name ${f.name}`);
      if (!f.description || f.description.length > 255 || /\n/.test(f.description)) bad.push(`description of ${f.id} (${f.description?.length ?? 0} tecken)`);
      for (const p of f.parameters ?? []) if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(p.name) || (p.description ?? "").length > 255) bad.push(`parameter ${f.id}.${p.name}`);
    }
    expect(new Set(meta.functions.map((f: { id: string }) => f.id)).size).toBe(meta.functions.length);
    expect(bad).toEqual([]);
  });

  test("no syntax newer than the browserslist in dist/*.js (Safari 14 parses ES2021: no static blocks, no top-level await, no #x in)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const acorn = require("acorn");
    const scripts = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(2);
    const errors = scripts.flatMap((f) => {
      try {
        acorn.parse(fs.readFileSync(path.join(dist, f), "utf8"), { ecmaVersion: 2021, sourceType: "script" });
        return [];
      } catch (e) {
        return [`${f}: ${(e as Error).message}`];
      }
    });
    expect(errors).toEqual([]);
  });

  test("the help page and the input templates are shipped", () => {
    for (const f of ["help.html", "assets/mallar/mall-vardenheter.csv", "assets/mallar/mall-befolkning.csv"]) expect([f, fs.existsSync(path.join(dist, f))]).toEqual([f, true]);
  });
});
