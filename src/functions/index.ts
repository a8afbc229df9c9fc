// Every custom function by its camelCase name, for tests, the bench and tools. The bundle's
// entry imports this module; a new file of functions is one line here and one line in the
// metadata plugin's `input` list (webpack.config.js).
export * from "./halsoval";
export * from "./halsoval-belopp";
export * from "./regelverk";
export * from "./tillagg";
export * from "./utbetalning";
export * from "./utveckling";
