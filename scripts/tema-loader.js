// webpack loader for Fluent UI's three theme modules (webpack.config.js): each theme as the
// finished object the library builds, computed here at build time from the same installed
// @fluentui/tokens and read with JSON.parse, instead of the colour ramps and the code that
// build the theme as the pane starts (issue 12: the first screen in under 500 ms).
const path = require("path");

/** The theme each module of @fluentui/tokens/lib/themes exports, by file name. */
const THEMES = { lightTheme: "webLightTheme", darkTheme: "webDarkTheme", highContrastTheme: "teamsHighContrastTheme" };

/** The module's source: the theme as JSON (its values are strings and numbers only). */
function themeModule(file) {
  const name = THEMES[path.basename(file, ".js")];
  if (!name) throw new Error(`tema-loader: ${file} är inte en av Fluent UI:s temamoduler (${Object.keys(THEMES).join(", ")})`);
  const theme = require("@fluentui/tokens")[name];
  return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(theme))});\n`;
}

module.exports = function temaLoader() {
  return themeModule(this.resourcePath);
};
module.exports.themeModule = themeModule;
module.exports.THEMES = THEMES;
