// Every message of the pane (a notice at the top: not in Excel, a recorded pin that could not
// be read, the data read back; a step's error, warning or result): Fluent's MessageBar with
// an optional title, in a module of its own so that its code loads only with a view that
// shows one, not with the first screen (issue 12).
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface NoticeProps {
  intent: "info" | "success" | "warning" | "error";
  title?: string;
  children: React.ReactNode;
}

export default function Notice({ intent, title, children }: NoticeProps) {
  return (
    <MessageBar layout="multiline" intent={intent}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
