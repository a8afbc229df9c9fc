// @fluentui/react-charts in jsdom: the library needs layout and a canvas, which jsdom lacks,
// and its d3 dependencies ship ES modules only. In the jsdom tests the charts therefore draw
// nothing (every chart a component that renders null); the real charts are drawn and checked
// in Chromium (test/browser/panecharts.js: bar sizes against the engine's figures).
const none = () => null;
export const HorizontalBarChartWithAxis = none;
export const VerticalStackedBarChart = none;
export const VerticalBarChart = none;
