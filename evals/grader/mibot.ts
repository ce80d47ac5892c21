// MIBot counsellor utterances with machine MISC labels (silver): checks our question and reflection detectors.
// Transcripts are split by file name: the first half is where detectors may be developed, the second half is
// only reported.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findReflections } from '../../server/grading/reflections.ts';
import { analyseSentence, splitSentences } from '../../server/sim/utterance-shape.ts';
import { accuracy, cohenKappa } from './agreement.ts';

export const MIBOT_DIR = join(process.cwd(), '..', 'shared', 'data', 'mibot', 'transcripts');

interface Utterance {
  speaker: string;
  text: string;
  auto_misc_label: string;
}

export interface DetectorAgreement {
  utterances: number;
  accuracy: number;
  kappa: number;
}

export interface MibotResult {
  split: 'develop' | 'report';
  question: DetectorAgreement;
  reflection: DetectorAgreement;
}

export function mibotAvailable(dir = MIBOT_DIR): boolean {
  return existsSync(dir);
}

export function evaluateMibot(dir = MIBOT_DIR): MibotResult[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const half = Math.floor(files.length / 2);
  return (['develop', 'report'] as const).map((split) => {
    const chosen = split === 'develop' ? files.slice(0, half) : files.slice(half);
    const utterances = chosen.flatMap((f) =>
      (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { utterances: Utterance[] }).utterances.filter(
        (u) => u.speaker === 'counsellor',
      ),
    );
    const isQuestion = (text: string) =>
      splitSentences(text).some((s) => ['open', 'closed'].includes(analyseSentence(s).shape));
    return {
      split,
      question: agreement(utterances.map((u) => [u.auto_misc_label === 'Q', isQuestion(u.text)])),
      reflection: agreement(
        utterances.map((u) => [u.auto_misc_label === 'R', findReflections(u.text).length > 0]),
      ),
    };
  });
}

function agreement(pairs: [boolean, boolean][]): DetectorAgreement {
  const label = pairs.map(([l]) => (l ? 1 : 0));
  const predicted = pairs.map(([, p]) => (p ? 1 : 0));
  return {
    utterances: pairs.length,
    accuracy: round(accuracy(label, predicted)),
    kappa: round(cohenKappa(label, predicted)),
  };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
