import { describe, expect, it } from 'vitest';
import { DatasetError, parseSplit } from './dataset.ts';
import { computeMetrics } from './metrics.ts';

describe('computeMetrics', () => {
  const metrics = computeMetrics([
    { expected: ['greeting', 'open-question'], predicted: ['greeting', 'open-question'] },
    { expected: ['apology'], predicted: ['apology', 'warning-shot'] },
    { expected: ['news-delivery', 'jargon'], predicted: ['news-delivery'] },
    { expected: [], predicted: [] },
  ]);

  it('counts per-act precision, recall, F1 and binary accuracy', () => {
    expect(metrics.perAct.greeting).toMatchObject({
      support: 1,
      precision: 1,
      recall: 1,
      f1: 1,
      accuracy: 1,
    });
    expect(metrics.perAct['warning-shot']).toMatchObject({
      support: 0,
      falsePositives: 1,
      precision: 0,
      accuracy: 0.75,
    });
    expect(metrics.perAct.jargon).toMatchObject({
      support: 1,
      falseNegatives: 1,
      recall: 0,
      f1: 0,
      accuracy: 0.75,
    });
  });

  it('scores an act that is never expected nor predicted as perfect', () => {
    expect(metrics.perAct.summary).toMatchObject({ support: 0, precision: 1, recall: 1, f1: 1, accuracy: 1 });
  });

  it('computes micro-F1 over all labels and the exact-match rate', () => {
    // 4 true positives, 1 false positive, 1 false negative
    expect(metrics.microPrecision).toBeCloseTo(0.8);
    expect(metrics.microRecall).toBeCloseTo(0.8);
    expect(metrics.microF1).toBeCloseTo(0.8);
    expect(metrics.exactMatch).toBe(0.5);
  });
});

describe('parseSplit', () => {
  it('reads one labelled utterance per line, skipping blank lines', () => {
    const rows = parseSplit(
      '{"text": "Hello", "acts": ["greeting"]}\n\n{"text": "Okay.", "acts": []}\n',
      'x.jsonl',
    );
    expect(rows).toEqual([
      { text: 'Hello', acts: ['greeting'], line: 1 },
      { text: 'Okay.', acts: [], line: 3 },
    ]);
  });

  it('names the file and line of bad JSON', () => {
    expect(() => parseSplit('{"text": "Hi", "acts": []}\n{oops', 'dev.jsonl')).toThrow(
      /^dev\.jsonl:2: not valid JSON/,
    );
  });

  it('names the file, line and field of an unknown act or a missing text', () => {
    expect(() => parseSplit('{"text": "Hi", "acts": ["greting"]}', 'dev.jsonl')).toThrow(DatasetError);
    expect(() => parseSplit('{"text": "Hi", "acts": ["greting"]}', 'dev.jsonl')).toThrow(
      /^dev\.jsonl:1: acts\.0:/,
    );
    expect(() => parseSplit('{"acts": []}', 'heldout.jsonl')).toThrow(/^heldout\.jsonl:1: text:/);
  });

  it('rejects repeated acts and unexpected fields', () => {
    expect(() => parseSplit('{"text": "Hi", "acts": ["greeting", "greeting"]}', 'a.jsonl')).toThrow(
      /repeated/,
    );
    expect(() => parseSplit('{"text": "Hi", "acts": [], "note": 1}', 'a.jsonl')).toThrow(/^a\.jsonl:1:/);
  });
});
