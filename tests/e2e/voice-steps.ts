// Steps shared by the voice browser tests: the session as the API stores it, who answers, when a turn is settled,
// and what the learner said in a request to the fake model.

import type { Page } from 'playwright-core';
import type { TurnDto } from '../../server/protocol.ts';
import type { FakeChatBody } from '../support/fake-openai.ts';

/** The learner's only session's turns, read through the API with the page's own cookie. */
export async function storedTurns(page: Page, serverUrl: string): Promise<TurnDto[]> {
  const list = await (await page.request.get(`${serverUrl}/api/sessions`)).json();
  const id = list.sessions[0].id as string;
  return (await (await page.request.get(`${serverUrl}/api/sessions/${id}`)).json()).session.turns;
}

/** Waits for the first character line (streaming or stored) after the learner's `nth` line (1-based); its speaker. */
export async function replySpeaker(page: Page, nth: number): Promise<string> {
  const line = page
    .locator('[data-testid="transcript-line"][data-speaker="learner"]')
    .nth(nth - 1)
    .locator('xpath=following-sibling::li[@data-testid="transcript-line"]')
    .first();
  await line.waitFor({ timeout: 15_000 });
  return (await line.getAttribute('data-speaker')) ?? '';
}

/** Waits until no line is still being sent or written. */
export async function turnSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('[data-status="streaming"], [data-status="sending"]'),
  );
}

/** The learner's latest words in a chat request to the fake model (each is sent as `[Clinician] …`). */
export function lastLearnerWords(body: FakeChatBody): string {
  const users = (body.messages ?? []).filter((m) => m.role === 'user');
  return String(users.at(-1)?.content ?? '');
}

/** Stored learner lines in the transcript on the page. */
export const learnerLines = (page: Page) =>
  page.locator('[data-testid="transcript-line"][data-speaker="learner"][data-status="stored"]');
