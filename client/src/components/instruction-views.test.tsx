// What learners see of their instructors, rendered to HTML: assignments with their status in the lobby, comments
// under their lines and evidence highlighted in a transcript, and an instructor's score beside the automatic one.

import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BedsideApi } from '../api/api-client.ts';
import type { CohortApi } from '../api/cohort-api.ts';
import type { ItemReviewDto, LearnerAssignmentDto, ReviewedItem } from '../api/instruction-wire.ts';
import { createCohortStore } from '../state/cohort-store.ts';
import { entryFromTurn } from '../state/conversation.ts';
import { createBedsideStore } from '../state/store.ts';
import { session, turn } from '../state/test-builders.ts';
import { BedsideContext } from './bedside-context.ts';
import { CohortContext } from './cohort-context.ts';
import { AssignmentList } from './cohort-panel.tsx';
import { FeedbackItem } from './feedback-item.tsx';
import { Transcript } from './transcript.tsx';

/** Renders inside both stores, over an API that is never called (the stores start on the sign-in page). */
function render(node: ReactNode): string {
  const api = new Proxy({}, { get: () => () => Promise.reject(new Error('not called')) });
  const bedside = createBedsideStore(api as BedsideApi, { comfortStorage: null });
  const cohorts = createCohortStore(api as CohortApi & BedsideApi, bedside);
  return renderToStaticMarkup(
    <BedsideContext value={bedside}>
      <CohortContext value={cohorts}>{node}</CohortContext>
    </BedsideContext>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('assignments in the lobby', () => {
  it('lists each with its cohort, level, due date and status, and a way to start it', () => {
    const assignment: LearnerAssignmentDto = {
      id: 'a1',
      cohortId: 'c1',
      scenarioId: 'breaking-news-cancer',
      difficulty: 2,
      dueAt: '2026-03-20T23:59:59.000Z',
      createdAt: session.createdAt,
      cohortName: 'Spring ward rotation',
      scenarioTitle: 'Results day',
      status: 'overdue',
      sessions: 1,
    };
    const html = render(
      <AssignmentList
        assignments={[
          assignment,
          { ...assignment, id: 'a2', status: 'completed', dueAt: null, difficulty: null },
        ]}
      />,
    );
    expect(text(html)).toContain('Spring ward rotation · Level 2 · Due');
    expect(html).toContain('status status-overdue');
    expect(text(html)).toContain('Overdue');
    expect(text(html)).toContain('Start: Results day');
    expect(text(html)).toContain('Practise again: Results day');
  });
});

describe('the transcript read back', () => {
  it('shows comments under their line and highlights the quoted evidence', () => {
    const turns = [turn(0, 'learner', 'What do you   understand so far?'), turn(1, 'patient', 'Not much.')];
    const html = render(
      <Transcript
        entries={turns.map(entryFromTurn)}
        characters={session.characters}
        live={false}
        comments={
          new Map([
            [
              0,
              [
                {
                  id: 'm1',
                  turnIndex: 0,
                  text: 'A good open start.',
                  createdAt: session.createdAt,
                  authorName: 'Dr Okafor',
                },
              ],
            ],
          ])
        }
        evidence={
          new Map([
            [
              0,
              [
                {
                  rubricId: 'spikes',
                  itemId: 'perception',
                  itemTitle: 'Perception',
                  quote: 'what do you understand',
                  shows: true,
                },
                {
                  rubricId: 'spikes',
                  itemId: 'plain-language',
                  itemTitle: 'Plain language',
                  quote: 'what do you understand',
                  shows: false,
                },
              ],
            ],
          ])
        }
        learnerName="Sam Reyes"
      />,
    );
    expect(html).toContain(
      '<mark class="evidence-mark" data-testid="evidence-mark">What do you   understand</mark>',
    );
    // Where an item fell short is not shown as evidence for it.
    expect(text(html)).toContain('Evidence for: Perception · Fell short on: Plain language');
    expect(text(html)).toContain('Dr Okafor: A good open start.');
    expect(text(html)).toContain('Sam Reyes');
    // Only the line it is on carries the comment.
    expect(html.match(/data-testid="line-comment"/g)).toHaveLength(1);
  });
});

describe('a reviewed item', () => {
  const item: ReviewedItem = {
    id: 'perception',
    title: 'Perception',
    scale: 'binary',
    weight: 1,
    score: 1,
    assessedBy: 'detector',
    evidence: [],
    suggestion: null,
    notAssessed: null,
  };
  const review: ItemReviewDto = {
    rubricId: 'spikes',
    itemId: 'perception',
    agree: false,
    score: 0,
    note: 'The question came after the news.',
    automaticScore: 1,
    reviewerName: 'Dr Okafor',
    updatedAt: session.createdAt,
  };
  const show = (reviewed: ReviewedItem) =>
    text(render(<FeedbackItem item={reviewed} describeTurn={(i) => `Turn ${i + 1}`} onCite={() => {}} />));

  it("shows the instructor's score and note beside the automatic score", () => {
    const shown = show({ ...item, reviews: [review] });
    expect(shown).toContain('Automatic: Done');
    expect(shown).toContain('Instructor: Not done');
    expect(shown).toContain('Dr Okafor corrected it to Not done');
    expect(shown).toContain('“The question came after the news.”');
  });

  it('shows the automatic score alone when nobody reviewed it', () => {
    const shown = show(item);
    expect(shown).toContain('Done');
    expect(shown).not.toContain('Automatic');
    expect(shown).not.toContain('Instructor');
  });
});
