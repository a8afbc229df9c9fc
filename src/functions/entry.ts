// The functions' bundle. custom-functions-metadata-plugin appends the
// CustomFunctions.associate calls to each file of functions it is given (webpack.config.js).
// Before any function computes, the runtime reads the workbook's pin (pin/load.ts).
import { ExcelLike, loadPin, readPinSetting } from "../pin/load";
import "./index";

if (typeof Office !== "undefined" && typeof Excel !== "undefined") void loadPin(() => readPinSetting(Office, Excel as unknown as ExcelLike));
