// The functions' bundle. custom-functions-metadata-plugin appends the
// CustomFunctions.associate calls to functions.ts when it builds.
import "./functions";
