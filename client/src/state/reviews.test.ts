import { describe, expect, it } from 'vitest';
import type { ItemReviewDto } from '../api/instruction-wire.ts';
import { commentsByTurn, describeReview, reviewedScore, reviewsOf, scaleChoices } from './reviews.ts';

const review = (change: Partial<ItemReviewDto> = {}): ItemReviewDto => ({
  rubricId: 'spikes',
  itemId: 'perception',
  agree: true,
  score: null,
  note: null,
  automaticScore: 1,
  reviewerName: 'Dr Okafor',
  updatedAt: '2026-03-02T10:00:00.000Z',
  ...change,
});

describe('grader review in words', () => {
  it('offers the scores of the item scale', () => {
    expect(scaleChoices('binary')).toEqual([
      { score: 0, label: 'Not done' },
      { score: 1, label: 'Done' },
    ]);
    expect(scaleChoices('ordinal').map((c) => c.label)).toEqual(['Not done', 'Partly', 'Done']);
  });

  it('says whether the reviewer agreed, or what they scored instead', () => {
    expect(describeReview(review())).toBe('Dr Okafor agrees: Done');
    expect(describeReview(review({ agree: false, score: 0.5 }))).toBe('Dr Okafor corrected it to Partly');
    expect(describeReview(review({ agree: false, reviewerName: null }))).toBe(
      'A former instructor disagrees with the automatic score',
    );
    expect(reviewedScore(review())).toBe(1);
    expect(reviewedScore(review({ agree: false, score: 0 }))).toBe(0);
  });

  it('lists reviews newest first, and none for a report from before reviews', () => {
    const older = review({ reviewerName: 'Dr A', updatedAt: '2026-03-01T00:00:00.000Z' });
    const newer = review({ reviewerName: 'Dr B', updatedAt: '2026-03-03T00:00:00.000Z' });
    const item = { id: 'x', title: 'X', scale: 'binary', weight: 1, score: 1, assessedBy: null } as const;
    const base = { ...item, evidence: [], suggestion: null, notAssessed: null };
    expect(reviewsOf({ ...base, reviews: [older, newer] }).map((r) => r.reviewerName)).toEqual([
      'Dr B',
      'Dr A',
    ]);
    expect(reviewsOf(base)).toEqual([]);
  });
});

describe('commentsByTurn', () => {
  it('groups comments by the turn they are on, oldest first', () => {
    const comment = (id: string, turnIndex: number, createdAt: string) => ({
      id,
      turnIndex,
      text: id,
      createdAt,
      authorName: 'Dr Okafor',
    });
    const byTurn = commentsByTurn({
      comments: [
        comment('b', 2, '2026-03-02T00:00:00.000Z'),
        comment('a', 2, '2026-03-01T00:00:00.000Z'),
        comment('c', 0, '2026-03-03T00:00:00.000Z'),
      ],
    });
    expect(byTurn.get(2)?.map((c) => c.id)).toEqual(['a', 'b']);
    expect(byTurn.get(0)?.map((c) => c.id)).toEqual(['c']);
    expect(commentsByTurn({ comments: [] }).size).toBe(0);
  });
});
