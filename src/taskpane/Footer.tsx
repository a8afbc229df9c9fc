// The step's primary action, kept in view at the bottom of the pane (sticky footer).
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  footer: {
    position: "sticky",
    bottom: "0",
    display: "flex",
    flexWrap: "wrap",
    gap: "8px",
    padding: "8px 0",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function Footer({ children }: { children: React.ReactNode }) {
  return <div className={useStyles().footer}>{children}</div>;
}
