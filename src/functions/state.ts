// The pin lives in src/pin (shared by the functions and the workbook); kept here so older imports still resolve.
export * from "../pin/state";
