// The bundle's Fluent UI themes (scripts/tema-loader.js) are the library's own objects: the
// module the loader writes for each theme gives, read back, exactly what @fluentui/tokens builds.
import * as fluent from "@fluentui/tokens";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/tema-loader.js") as { themeModule: (file: string) => string; THEMES: Record<string, string> };

describe("tema-loader", () => {
  test.each(Object.entries(loader.THEMES))("%s.js gives %s as Fluent UI builds it", (file, name) => {
    const source = loader.themeModule(`/x/@fluentui/tokens/lib/themes/web/${file}.js`);
    const m = /^export const (\w+) = JSON\.parse\((".*")\);\n$/s.exec(source);
    expect(m?.[1]).toBe(name);
    expect(JSON.parse(JSON.parse(m![2]))).toEqual((fluent as unknown as Record<string, unknown>)[name]);
  });

  test("a file that is not one of the theme modules is refused by name", () => {
    expect(() => loader.themeModule("/x/tokens.js")).toThrow(/tokens\.js är inte en av Fluent UI:s temamoduler/);
  });
});
