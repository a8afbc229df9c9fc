// A part of the pane loaded on demand (the charts): "laddas …" while it loads, and if its
// file cannot be loaded (network, an old cached page) a Swedish sentence in its place instead
// of an error that would take the whole pane down.
import * as React from "react";
import { Text } from "@fluentui/react-components";

interface Props {
  children: React.ReactNode;
  /** What to say if it cannot be loaded. */
  fel: string;
}

class Fel extends React.Component<Props, { fel: boolean }> {
  override state = { fel: false };
  static getDerivedStateFromError() {
    return { fel: true };
  }
  override render() {
    return this.state.fel ? <Text size={200}>{this.props.fel}</Text> : this.props.children;
  }
}

export function Laddas({ children, fel }: Props) {
  return (
    <Fel fel={fel}>
      <React.Suspense fallback={<Text size={200}>Diagrammet laddas …</Text>}>{children}</React.Suspense>
    </Fel>
  );
}
