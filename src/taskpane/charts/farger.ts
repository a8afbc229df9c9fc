// The charts' colours: Fluent's data-visualisation blue and berry and a neutral grey, each
// about 3:1 or more against both the light (#ffffff) and the dark (#292929) page background
// (WCAG 1.4.11 for graphics).
export const FARG = {
  regler: "#4f6bed",
  data: "#c239b3",
  summa: "#8a8886",
} as const;
