// Issue 13 item 4: the shipped rule data is validated and hashed when the bundle is built
// (scripts/regeldata-loader.js → scripts/regeldata.ts). The registry built from the
// build's output resolves the same rule sets, to the byte and the hash, as the registry
// that validates the files itself; an invalid file stops the build with the Swedish message.
import * as fs from "fs";
import * as path from "path";
import { checkRuleFile } from "../../scripts/regeldata";
import { contentHash, RuleRegistry } from "../../src/rules";
import { shippedRuleFiles, type CheckedRuleFile } from "../../src/rules/files";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/regeldata-loader.js");
const dataDir = path.resolve(__dirname, "../../src/rules/data");

/** What the bundle holds: the loader's module text, evaluated (a JSON round trip). */
function built(name: string, text = fs.readFileSync(path.join(dataDir, name), "utf8")): CheckedRuleFile {
  const out = loader.call({ resourcePath: path.join(dataDir, name), addContextDependency: () => undefined }, text) as string;
  const m = { exports: {} as CheckedRuleFile };
  new Function("module", out)(m);
  return m.exports;
}

const names = Object.keys(shippedRuleFiles());
const checked = Object.fromEntries(names.map((n) => [n, built(n)]));
const fromBuild = new RuleRegistry(Object.fromEntries(names.map((n) => [n, checked[n].data])), checked);
const validating = new RuleRegistry(shippedRuleFiles());

test("every shipped file is found and checked", () => {
  expect(names).toEqual(expect.arrayContaining(["halsoval.json", "tillagg.json", "utveckling.json"]));
  for (const n of names) expect(Object.keys(checked[n].hashes).length).toBeGreaterThan(0);
});

test("the rule sets from the build's output equal the validated ones, with the same hashes", () => {
  const a = fromBuild.all();
  const b = validating.all();
  expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id));
  a.forEach((r, i) => {
    expect(r.data).toEqual(b[i].data);
    expect(r.hash).toBe(b[i].hash);
    expect(r.hash).toBe(contentHash(r.data));
  });
  // A later agreement period (no checkpoint of its own) and a date inside a year.
  for (const [agreement, year] of [["tillagg", 2028], ["utveckling", 2029], ["halsoval", 2026]] as const) {
    const x = fromBuild.find(agreement, year);
    expect(x.data).toEqual(validating.find(agreement, year).data);
    expect(x.hash).toBe(contentHash(x.data));
  }
});

test("the build's hashes are the content hashes of the checkpoints", () => {
  const hv = checkRuleFile(JSON.parse(fs.readFileSync(path.join(dataDir, "halsoval.json"), "utf8")), "halsoval.json");
  expect(hv.hashes["halsoval-2026|2026-01-01"]).toBe(validating.fromData("halsoval", 2026).hash);
});

test("an invalid shipped file stops the build with the Swedish message naming file and key", () => {
  const raw = JSON.parse(fs.readFileSync(path.join(dataDir, "halsoval.json"), "utf8"));
  const key = Object.keys(raw.parameters).find((k) => raw.parameters[k].unit === "andel")!;
  const date = Object.keys(raw.parameters[key].values)[0];
  raw.parameters[key].values[date] = "1.5";
  expect(() => built("halsoval.json", JSON.stringify(raw))).toThrow(new RegExp(`halsoval\\.json.*[\\s\\S]*${key.replace(/\./g, "\\.")}: en andel ska ligga mellan 0 och 1`));
  expect(() => built("halsoval.json", "{ inte json")).toThrow(/Regelfilen halsoval\.json är inte giltig JSON/);
});
