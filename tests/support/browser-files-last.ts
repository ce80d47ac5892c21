// Test order: vitest's own (longest or largest first), except that the browser files that time speech run last.
// Why: the suite runner starts the browser files alongside the server tests, and on a two-core machine those share
// the CPU for the first minutes; the speech-timing tests then run once the machine is quiet.

import { BaseSequencer, type TestSpecification } from 'vitest/node';

const TIMED_LAST = [
  'voice.test.ts',
  'voice-vr-and-fallbacks.test.ts',
  'scene-vr.test.ts',
  'vr-leave.test.ts',
];

function timedRank(spec: TestSpecification): number {
  const index = TIMED_LAST.findIndex((name) => spec.moduleId.endsWith(`/tests/e2e/${name}`));
  return index === -1 ? -1 : index;
}

export class BrowserTimedFilesLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // A stable sort keeps vitest's order among the rest.
    return sorted
      .map((spec, position) => ({ spec, position, rank: timedRank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.position - b.position)
      .map(({ spec }) => spec);
  }
}
