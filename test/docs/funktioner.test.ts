// docs/funktioner.md is what scripts/funktioner.ts makes from the build's functions.json
// (issue 11, item 4). npm test builds first; run alone without dist/ the comparison is
// reported as skipped (run `npm run build` to include it).
import * as fs from "fs";
import * as path from "path";
import { DOC, funktionsreferens } from "../../scripts/funktioner";

const meta = path.resolve(__dirname, "../../dist/functions.json");
const built = fs.existsSync(meta);
const maybe = built ? test : test.skip;

maybe("docs/funktioner.md equals what the generator makes from dist/functions.json (else: npx tsx scripts/funktioner.ts)", () => {
  const want = funktionsreferens(JSON.parse(fs.readFileSync(meta, "utf8")));
  expect(fs.readFileSync(DOC, "utf8")).toBe(want);
});

test("a function without an example is refused by name", () => {
  const f = { id: "HALSOVAL.NY", name: "HALSOVAL.NY", description: "Ny (avsnitt 5).", parameters: [] };
  expect(() => funktionsreferens({ functions: [f] })).toThrow(/HALSOVAL\.NY/);
});

test("the reference names no file outside the product", () => {
  const text = fs.readFileSync(DOC, "utf8");
  expect(text).not.toMatch(/SPEC\.md|\.\.\/shared|seeds\//);
  expect(text).toMatch(/### HALSOVAL\.LISTAD\(alder; \[ar\]; \[lanets\]\)/);
});
