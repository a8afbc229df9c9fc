// What `npm run build` emits (npm test builds first): functions.json with every SPEC name,
// and a manifest that parses, whose resids resolve, whose URLs point at files the build
// emits, and whose shared-runtime pieces agree. Office's own validator needs the network:
// `npm run validate`.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { MONTH_NAMES, SPEC_NAMES } from "../support/spec-names";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const built = fs.existsSync(path.join(dist, "functions.json"));

// npm test always builds first; run alone without dist/ these are reported as skipped.
const maybe = built ? describe : describe.skip;

maybe("the build", () => {
  test("functions.json has every SPEC function with a Swedish description", () => {
    const meta = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
    const ids = meta.functions.map((f: { id: string }) => f.id);
    expect([...ids].sort()).toEqual([...SPEC_NAMES, ...MONTH_NAMES].sort());
  });

  test("the manifest parses with office-addin-manifest", () => {
    const info = JSON.parse(execFileSync("node", [path.join(__dirname, "read-manifest.js"), path.join(root, "manifest.xml")], { encoding: "utf8" }));
    expect(info.displayName).toBe("RJH ersättning (utveckling)");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.defaultLocale).toBe("sv-SE");
  });

  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"));
  const app = xml.OfficeApp;
  const host = app.VersionOverrides.Hosts.Host;
  const res = app.VersionOverrides.Resources;
  const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);
  const urls = new Map<string, string>(list(res["bt:Urls"]["bt:Url"]).map((u: Record<string, string>) => [u["@id"], u["@DefaultValue"]]));
  const images = new Map<string, string>(list(res["bt:Images"]["bt:Image"]).map((u: Record<string, string>) => [u["@id"], u["@DefaultValue"]]));
  const strings = new Set<string>([...list(res["bt:ShortStrings"]["bt:String"]), ...list(res["bt:LongStrings"]["bt:String"])].map((s: Record<string, string>) => s["@id"]));

  test("every resid resolves", () => {
    const text = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const resids = [...text.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(resids.length).toBeGreaterThan(10);
    for (const id of resids) expect([id, urls.has(id) || images.has(id) || strings.has(id)]).toEqual([id, true]);
  });

  test("every URL points at a file the build emits", () => {
    const all = [...urls.values(), ...images.values(), app.IconUrl["@DefaultValue"], app.HighResolutionIconUrl["@DefaultValue"], app.DefaultSettings.SourceLocation["@DefaultValue"]];
    for (const u of all) {
      const file = new URL(u).pathname.replace(/^\//, "");
      expect([u, fs.existsSync(path.join(dist, file))]).toEqual([u, true]);
    }
  });

  test("the shared runtime pieces agree: one long-lived runtime, the same page for the pane, the functions and the FunctionFile", () => {
    expect(list(app.Requirements.Sets.Set).some((s: Record<string, string>) => s["@Name"] === "SharedRuntime" && s["@MinVersion"] === "1.1")).toBe(true);
    const runtime = host.Runtimes.Runtime;
    expect(runtime["@lifetime"]).toBe("long");
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@xsi:type"]).toBe("CustomFunctions");
    expect(cf.Page.SourceLocation["@resid"]).toBe(runtime["@resid"]);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(runtime["@resid"]);
    expect(host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control.Action.SourceLocation["@resid"]).toBe(runtime["@resid"]);
    expect(urls.get(cf.Metadata.SourceLocation["@resid"])).toMatch(/functions\.json$/);
    expect(urls.get(cf.Script.SourceLocation["@resid"])).toMatch(/functions\.js$/);
    // No namespace by default: the formulas read =HALSOVAL.LISTAD(…) as SPEC §6 types them.
    expect(cf.Namespace).toBeUndefined();
  });

  test("the page's initial scripts carry neither the rule schemas nor the holiday library (issues 12, 13)", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const initial = [...html.matchAll(/<script[^>]*src="?([\w.-]+\.js)"?/g)].map((m) => m[1]);
    expect(initial).toEqual(["runtime.js", "shared.js", "functions.js", "taskpane.js"]);
    const text = initial.map((f) => fs.readFileSync(path.join(dist, f), "utf8")).join("\n");
    // zod loads on demand (a file the user loads, a pin); the holidays are a generated table.
    expect(text).not.toMatch(/ZodError|ZodObject/);
    expect(text).not.toMatch(/Moment Timezone|momentjs|Kristi himmelsfärdsdag/);
    // …and the on-demand chunk with the schemas exists.
    const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
    expect(lazy.some((f) => /ZodError/.test(fs.readFileSync(path.join(dist, f), "utf8")))).toBe(true);
  });

  test("the taskpane page loads the functions before the pane", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html.indexOf("functions.js")).toBeGreaterThan(0);
    expect(html.indexOf("functions.js")).toBeLessThan(html.indexOf("taskpane.js"));
  });
});

test("the namespace and the production host are build settings", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { manifestTransform } = require("../../webpack.config.js");
  const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  process.env.RJH_NAMESPACE = "RJH";
  process.env.ADDIN_HOST = "https://addin.example.se/rjh/";
  try {
    const out = manifestTransform(source, false);
    expect(out).toContain('<Namespace resid="Functions.Namespace"/>');
    expect(out).toContain('<bt:String id="Functions.Namespace" DefaultValue="RJH"/>');
    expect(out).toContain("https://addin.example.se/rjh/functions.json");
    expect(out).not.toContain("localhost");
    process.env.RJH_NAMESPACE = "rjh!";
    expect(() => manifestTransform(source, false)).toThrow(/RJH_NAMESPACE/);
  } finally {
    delete process.env.RJH_NAMESPACE;
    delete process.env.ADDIN_HOST;
  }
  expect(manifestTransform(source, true)).not.toContain("<Namespace");
});
