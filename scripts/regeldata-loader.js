// webpack loader for src/rules/data/*.json (webpack.config.js): validates and hashes the
// shipped rule file when the bundle is built (scripts/regeldata.ts, issue 13 item 4) and
// emits { data, hashes }; an invalid file fails the build with the validation's Swedish
// message naming the file, the date and the key.
const path = require("path");

/** scripts/regeldata.ts: compiled by tsx in webpack's process; under jest, jest compiles it. */
function checker() {
  if (process.env.JEST_WORKER_ID) return require("./regeldata.ts");
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
  const { checkRuleFile } = checker();
  const checked = checkRuleFile(raw, name);
  return `module.exports = ${JSON.stringify(checked)};`;
};
