// Two projects: the engine, rules and functions in Node; the task pane in jsdom.
const common = {
  transform: {
    "^.+\\.(ts|tsx)$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { module: "commonjs", allowJs: true, isolatedModules: true } }],
  },
  // @noble/hashes ships ES modules only.
  transformIgnorePatterns: ["/node_modules/(?!@noble/hashes)"],
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, which cannot load under jest (PLATFORM.md).
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  setupFiles: ["<rootDir>/test/support/custom-functions-shim.ts"],
};
module.exports = {
  // A limit, not a measure (speed is measured by npm run bench): jsdom renders of the whole pane
  // take seconds on a busy two-core machine, so jest's default of 5 s failed them at random.
  testTimeout: 30000,
  projects: [
    { ...common, displayName: "node", testEnvironment: "node", testMatch: ["<rootDir>/test/**/*.test.ts"] },
    {
      ...common,
      displayName: "jsdom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFiles: [...common.setupFiles, "<rootDir>/test/support/jsdom-setup.ts"],
      // No layout or canvas in jsdom: the charts are drawn in the browser test (panecharts.js).
      moduleNameMapper: { ...common.moduleNameMapper, "^@fluentui/react-charts$": "<rootDir>/test/support/react-charts-jsdom.tsx" },
    },
  ],
};
