// webpack loader for the CSS that Griffel's extraction takes out of the pane's styles
// (webpack.config.js): hands the CSS text to mini-css-extract-plugin in the form it reads
// ([[module id, css, media]]), which is all css-loader would do for these rules (they have
// no url() or @import to resolve).
module.exports = function cssTextLoader(css) {
  return `module.exports = [[module.id, ${JSON.stringify(css)}, ""]];`;
};
