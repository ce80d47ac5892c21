// The one call Bedside makes to the text library behind drei's <Text> directly (it ships no types of its own).
declare module 'troika-three-text' {
  /** Must run before the first text is laid out. */
  export function configureTextBuilder(config: { useWorker?: boolean }): void;
}
