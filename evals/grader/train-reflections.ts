// train:reflections: a learned reflection detector from MIBot's counsellor utterances (../shared/data/mibot, CC BY-SA
// 4.0; machine MISC labels, R = reflection). Trained on the first half of the transcripts by file name (the half the
// rule detectors were developed on), its threshold chosen there by cross-validation, and reported on the second half
// beside the rules. Writes server/grading/reflection-model.json, which ships with the code; nothing is downloaded.
// Usage: npm run train:reflections

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type LogisticModel, modelFeatures, probability } from '../../server/learned/logistic-model.ts';
import { chooseThreshold, type Example, fitModel, kappa } from '../learned/logistic-training.ts';
import { MIBOT_DIR } from './mibot.ts';

export function mibotCounsellor(split: 'develop' | 'report', dir = MIBOT_DIR): Example[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const half = Math.floor(files.length / 2);
  const chosen = split === 'develop' ? files.slice(0, half) : files.slice(half);
  return chosen.flatMap((f) =>
    (
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        utterances: { speaker: string; text: string; auto_misc_label: string }[];
      }
    ).utterances
      .filter((u) => u.speaker === 'counsellor')
      .map((u) => ({ text: u.text, features: modelFeatures(u.text), positive: u.auto_misc_label === 'R' })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const develop = mibotCounsellor('develop');
  const threshold = chooseThreshold(develop);
  const model: LogisticModel = { ...fitModel(develop), threshold };
  writeFileSync(
    new URL('../../server/grading/reflection-model.json', import.meta.url),
    `${JSON.stringify(model)}\n`,
  );
  const report = mibotCounsellor('report');
  const k = kappa(report.map((e) => [e.positive, probability(model, e.features) >= threshold]));
  console.log(
    `trained on ${develop.length} utterances; ${Object.keys(model.weights).length} weights; threshold ${threshold}; report half κ ${k.toFixed(3)} (${report.length} utterances)`,
  );
}
