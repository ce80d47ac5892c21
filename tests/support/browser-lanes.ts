// Which browser test files run in which lane of the whole suite (tests/run-suite.ts).
// Why: on a two-core machine the suite's time is the browser files' time. One lane of them starts at once, beside the
// server tests; the other waits for the server tests to finish, then runs the files below, the speech-timing ones
// last, by which time the first lane has finished too and the machine is quiet.

/** Browser files that time speech: run last, on a quiet machine (the sequencer orders them in this order). */
export const TIMED_BROWSER_FILES = [
  'voice.test.ts',
  'voice-vr-and-fallbacks.test.ts',
  'scene-vr.test.ts',
  'vr-leave.test.ts',
];

/** Browser files that run once the server tests are done: enough to balance the two lanes, then the timed ones. */
export const LATE_BROWSER_FILES = ['narrow-layout.test.ts', ...TIMED_BROWSER_FILES];
