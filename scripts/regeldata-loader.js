// webpack loader for src/rules/data/*.json (webpack.config.js): validates and hashes the
// shipped rule file when the bundle is built (scripts/regeldata.ts, issue 13 item 4) and
// emits { data, hashes }; an invalid file fails the build with the validation's Swedish
// message naming the file, the date and the key.
const path = require("path");

const SRC = path.resolve(__dirname, "../src") + path.sep;
/** The build the checker was loaded for: a new one (watch mode) loads the validation's sources afresh. */
let loadedFor;

/** scripts/regeldata.ts: compiled by tsx in webpack's process; under jest, jest compiles it. */
function checker(compilation) {
  if (process.env.JEST_WORKER_ID) return require("./regeldata.ts");
  if (compilation !== loadedFor) {
    // Node keeps what tsx compiled: without this a changed schema or catalogue would not be seen until webpack restarts.
    for (const k of Object.keys(require.cache)) if (k.startsWith(SRC) || k.startsWith(path.join(__dirname, "regeldata.ts"))) delete require.cache[k];
    loadedFor = compilation;
  }
  return require("tsx/cjs/api").require("./regeldata.ts", __filename);
}

module.exports = function regeldataLoader(source) {
  const name = path.basename(this.resourcePath);
  // The validation's own sources: a change to the catalogue or the schema rebuilds the data.
  const rules = path.resolve(__dirname, "../src/rules");
  this.addContextDependency(rules);
  let raw;
  try {
    raw = JSON.parse(source);
  } catch (e) {
    throw new Error(`Regelfilen ${name} är inte giltig JSON: ${e.message}`);
  }
  const { checkRuleFile } = checker(this._compilation);
  const checked = checkRuleFile(raw, name);
  return `module.exports = ${JSON.stringify(checked)};`;
};
