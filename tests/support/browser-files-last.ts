// Test order: vitest's own (longest or largest first), except that the browser files that time speech run last.
// Why: they should run once the machine is quiet (see browser-lanes.ts).

import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { TIMED_BROWSER_FILES } from './browser-lanes.ts';

function timedRank(spec: TestSpecification): number {
  const index = TIMED_BROWSER_FILES.findIndex((name) => spec.moduleId.endsWith(`/tests/e2e/${name}`));
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
