// A part of the screen whose code loads just after the first screen (issue 12: the first
// screen in under 500 ms): the first commit shows only its place (`fallback`, holding its
// height), and the part is rendered, so its chunk requested, once that commit is on screen.
// Asked for while the first screen renders, the chunks' script tags and requests were part
// of that render. Mounted again later (step 1 after step 2), the part renders at once.
import * as React from "react";

let firstShown = false;

export function AfterFirst({ fallback = null, children }: { fallback?: React.ReactNode; children: React.ReactNode }) {
  const [shown, setShown] = React.useState(firstShown);
  React.useEffect(() => {
    firstShown = true;
    setShown(true);
  }, []);
  return <React.Suspense fallback={fallback}>{shown ? children : fallback}</React.Suspense>;
}
