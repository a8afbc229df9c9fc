// Nothing a user sees names the project's own documents (issue 11: "No user-visible text
// names SPEC.md or a seeds/ file"): the built bundles and pages, the function metadata, the
// manifest, the README, the function reference, the example data and the templates. The
// rule data is scanned in test/rules/dated.test.ts.
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const FORBIDDEN = /SPEC\.md|\.\.\/shared|seeds\/|\d{3}_[0-9a-f]{16}\.txt/;

const files = (dir: string, ends: RegExp): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), ends) : ends.test(e.name) ? [path.join(dir, e.name)] : [])) : [];

const sources = [
  path.join(root, "README.md"),
  ...files(path.join(root, "docs"), /\.md$/),
  ...files(path.join(root, "assets"), /\.(md|csv)$/),
  path.join(root, "manifest.xml"),
  path.join(root, "src", "help.html"),
];
const built = files(dist, /\.(js|html|json|xml)$/);

test("the README, the function reference, example data, templates and manifest name no project document", () => {
  expect(sources.length).toBeGreaterThan(5);
  for (const f of sources) expect([path.relative(root, f), FORBIDDEN.test(fs.readFileSync(f, "utf8"))]).toEqual([path.relative(root, f), false]);
});

// npm test builds first; run alone without dist/ this is reported as skipped.
(built.length ? test : test.skip)("the built bundles, pages and function metadata name no project document", () => {
  expect(built.some((f) => f.endsWith("taskpane.js"))).toBe(true);
  for (const f of built) expect([path.relative(root, f), FORBIDDEN.test(fs.readFileSync(f, "utf8"))]).toEqual([path.relative(root, f), false]);
});
