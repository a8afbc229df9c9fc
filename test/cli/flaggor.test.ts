// Both commands read their flags one way (cli/flaggor.ts): an unknown flag, a flag without
// its value, a value given to a yes/no flag and a stray word are refused in Swedish, naming
// the flag, with the command's help and exit 1, before any file is read or written.
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/index";
import { flaggor } from "../../src/cli/flaggor";
import { tempDir } from "../support/tmp";

const FLAGS = { ar: { type: "string" }, lpik: { type: "string", multiple: true }, exempel: { type: "boolean" } } as const;

test("values by name: --namn värde, --namn=värde, a list flag given twice", () => {
  expect(flaggor(["--ar", "2026", "--lpik=2025=3,1", "--lpik", "2026=2,7", "--exempel"], FLAGS)).toEqual({ ar: "2026", lpik: ["2025=3,1", "2026=2,7"], exempel: true });
  expect(flaggor(["--ar=--x"], FLAGS)).toEqual({ ar: "--x" }); // written with =, the value is what it says
});

test.each([
  [["--år", "2026"], 'Okänt argument "--år".'],
  [["--ar"], "--ar behöver ett värde."],
  [["--ar", "--exempel"], "--ar behöver ett värde."],
  [["--exempel=ja"], "--exempel tar inget värde."],
  [["--ar", "2026", "extra"], 'Okänt argument "extra".'],
])("%j is refused: %s", (args, message) => {
  expect(() => flaggor(args, FLAGS)).toThrow(message);
});

test.each(["arbetsbok", "utbetalning"])("rjh %s: a bad flag gives the Swedish reason and the help, exit 1, nothing written", async (cmd) => {
  const dir = path.join(tempDir("rjh-flaggor-"), "ut");
  const lines: string[] = [];
  const errors: string[] = [];
  const out = { line: (t: string) => lines.push(t), error: (t: string) => errors.push(t) };
  const write = process.stderr.write;
  // rjh utbetalning writes to process.stderr itself.
  process.stderr.write = ((t: string) => (errors.push(String(t)), true)) as typeof process.stderr.write;
  try {
    expect(await main([cmd, "--ar", "2026", "--okand", "x", "--ut", dir], out)).toBe(1);
  } finally {
    process.stderr.write = write;
  }
  const text = errors.join("\n");
  expect(text).toContain('Okänt argument "--okand".');
  expect(text).toContain(`rjh ${cmd}`);
  expect(text).not.toMatch(/Unknown option|To specify a positional/);
  expect(fs.existsSync(dir)).toBe(false);
});
