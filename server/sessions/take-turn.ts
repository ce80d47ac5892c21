// The learner-turn use-case: store the learner's words first, then produce and store each character's reply,
// emitting events as they happen so the route can stream them.

import { seededRandom } from '../../shared/seeded-random.ts';
import type { ClassifiedAct } from '../content/acts.ts';
import type { Affect } from '../content/affect-types.ts';
import type { SceneCharacter, SceneSetup } from '../content/scene-setup.ts';
import { isDatabaseBusy } from '../db/database-busy.ts';
import { errors } from '../domain-errors.ts';
import { errorForLog } from '../error-for-log.ts';
import type { Logger } from '../ports.ts';
import type { TurnDto, TurnEvent, UserDto } from '../protocol.ts';
import type { CharacterModel } from '../providers/character-model.ts';
import type { DialogueView } from '../sim/character-prompt.ts';
import { voiceReply } from '../sim/character-voice.ts';
import { heardActs } from '../sim/heard-acts.ts';
import { learnerMeta, type PlannedTurn, planTurn, replyMeta } from '../sim/plan-turn.ts';
import { lineContextFor, type SceneHistory } from '../sim/scene-history.ts';
import { coalesceDeltas } from './coalesce-deltas.ts';
import { toTurnDto } from './dto.ts';
import type { SessionMemory, SessionMemoryCache } from './session-memory.ts';
import type { SessionDeps } from './session-service.ts';
import type { TurnRateLimiter } from './turn-rate-limit.ts';

export interface TurnDeps extends SessionDeps {
  logger: Logger;
  /** Names this process as the holder of the turns it answers (one turn at a time per session, across instances). */
  instanceId: string;
  /** What each session remembers between turns, so a turn's work does not grow with the session. */
  memory: SessionMemoryCache;
  /** Learner turns one session may hold; the next is refused with `session_full`. */
  maxLearnerTurns: number;
  /** Turns a minute per learner; a turn over it is refused with `rate_limited`. */
  turnLimiter: TurnRateLimiter;
  /** Voices characters through a model when configured; the offline engine otherwise. */
  characterModel?: CharacterModel | undefined;
  /**
   * Reply text streams in frames of at most this many ms (a model sends a token every 10 to 30 ms); the first
   * words of each reply and a frame that ends a phrase go at once. 0 sends every delta as it comes.
   * @default 40
   */
  deltaFrameMs?: number | undefined;
}

export interface TurnOptions {
  /** How the learner's words came: typed, or spoken and transcribed. @default 'typed' */
  source?: 'typed' | 'voice';
  /** Aborted with a `ReplyCutOff` when the learner cuts a reply off: replies after it are neither made nor kept. */
  signal?: AbortSignal;
}

/** The abort reason when the learner cut reply `index` off: what was said of it stays, later replies go. */
export class ReplyCutOff {
  constructor(readonly index: number) {}
}

export interface StartedTurn {
  learnerTurn: TurnDto;
  /** The characters' replies; always run it to the end (it releases the session and stores the replies). */
  replies: AsyncGenerator<TurnEvent, void, undefined>;
}

/**
 * Checks access and state, stores the learner's turn, and returns the replies still to come.
 * Everything that can refuse the turn happens before this returns, so refusals get a proper HTTP status.
 */
export async function startTurn(
  deps: TurnDeps,
  user: UserDto,
  sessionId: string,
  text: string,
  options: TurnOptions = {},
): Promise<StartedTurn> {
  const session = await deps.stores.sessions.findOwnedSession(user.id, sessionId);
  if (!session) throw errors.notFound('Session');
  if (session.status !== 'active') throw errors.sessionEnded();
  const scene = deps.catalog.scene(session.scenarioId, session.difficulty as 1 | 2 | 3);
  if (!scene) throw errors.internal(new Error(`scenario ${session.scenarioId} is no longer loaded`));

  const hold = await holdTurn(deps, session.id);
  try {
    const memory = await deps.memory.recall(session.id, session.initialAffect);
    if (memory.learnerTurns >= deps.maxLearnerTurns) throw errors.sessionFull(deps.maxLearnerTurns);
    const retryAfter = deps.turnLimiter.take(user.id);
    if (retryAfter > 0) {
      throw errors.rateLimited(
        retryAfter,
        `That is more turns in a minute than this server takes from one learner: wait ${retryAfter} s and send it again.`,
      );
    }
    const { history } = memory;
    const now = deps.clock.now().toISOString();
    // The learner's words are stored before any analysis, so nothing that fails afterwards can lose them.
    const stored = await storeOrBusy(() =>
      deps.stores.sessions.appendTurn({
        sessionId: session.id,
        index: history.nextIndex,
        speaker: 'learner',
        text,
        acts: [],
        affect: history.affect,
        source: options.source ?? 'typed',
        createdAt: now,
        completedAt: now,
      }),
    );
    if (!stored) throw errors.sessionEnded();
    const acts = heardActs(text);
    const random = seededRandom(`${session.id}:${history.nextIndex}`);
    const plan = planTurn(scene, history, text, acts, random);
    const learnerRow = await storeOrBusy(
      () =>
        deps.stores.sessions.completeAnalysis(stored.id, {
          acts,
          affect: plan.affectAfter,
          meta: learnerMeta(plan),
        }),
      WORDS_KEPT,
    );
    deps.memory.record(memory, learnerRow);
    const context = {
      sessionId: session.id,
      scene,
      memory,
      plan,
      random,
      learnerActs: acts,
      learnerText: text,
      signal: options.signal,
    };
    return {
      learnerTurn: toTurnDto(learnerRow),
      // Framed here, once, for every transport: one write per frame instead of one per model token.
      replies: coalesceDeltas(produceReplies(deps, context, hold), { windowMs: deps.deltaFrameMs }),
    };
  } catch (error) {
    await hold.release();
    throw error;
  }
}

/** How long a turn stays held without renewal: a holder that died lets go after this. */
export const TURN_HOLD_MS = 60_000;

interface TurnHold {
  release(): Promise<void>;
}

/**
 * Takes the session's turn in the database, so that one turn at a time is answered whichever instance it reaches;
 * renewed while the replies are made, released when they are done. 409 `turn_in_progress` when another holds it.
 */
async function holdTurn(deps: TurnDeps, sessionId: string): Promise<TurnHold> {
  const holder = `${deps.instanceId}:${deps.ids.newId()}`;
  const claim = () => ({
    sessionId,
    holder,
    until: new Date(deps.clock.now().getTime() + TURN_HOLD_MS).toISOString(),
  });
  const claimed = await storeOrBusy(() =>
    deps.stores.sessions.claimTurn(claim(), deps.clock.now().toISOString()),
  );
  if (!claimed) throw errors.turnInProgress();
  const renewal = setInterval(() => {
    deps.stores.sessions.renewTurn(claim()).catch((error: unknown) => {
      deps.logger.log('warn', 'turn hold not renewed', { sessionId, error: errorForLog(error) });
    });
  }, TURN_HOLD_MS / 3);
  renewal.unref();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(renewal);
      await deps.stores.sessions.releaseTurn(sessionId, holder).catch((error: unknown) => {
        // Not fatal: the hold lapses by itself within TURN_HOLD_MS.
        deps.logger.log('warn', 'turn hold not released', { sessionId, error: errorForLog(error) });
      });
    },
  };
}

interface ReplyContext {
  sessionId: string;
  scene: SceneSetup;
  memory: SessionMemory;
  plan: PlannedTurn;
  random: () => number;
  learnerActs: readonly ClassifiedAct[];
  /** What the learner said this turn. */
  learnerText: string;
  signal: AbortSignal | undefined;
}

async function* produceReplies(
  deps: TurnDeps,
  ctx: ReplyContext,
  hold: TurnHold,
): AsyncGenerator<TurnEvent, void, undefined> {
  const { plan } = ctx;
  const { history } = ctx.memory;
  try {
    yield { type: 'affect', afterTurn: history.nextIndex - 1, affect: plan.affectAfter };
    let count = 0;
    for (const reply of plan.replies) {
      if (ctx.signal?.aborted || (await deps.stores.sessions.sessionStatus(ctx.sessionId)) !== 'active')
        break;
      const index = history.nextIndex;
      const speaker = reply.choice.characterId;
      const startedAt = deps.clock.now().toISOString();
      const voiced = yield* voiceReply(
        {
          scene: ctx.scene,
          speaker: ctx.scene.characters.find((c) => c.character.id === speaker) as SceneCharacter,
          reply,
          affect: plan.affectAfter[speaker] as Affect,
          learnerActs: ctx.learnerActs,
          transcript: [...ctx.memory.recentLines],
          usedLines: history.usedLines.get(speaker) ?? [],
          dialogue: dialogueFor(ctx.scene, history, speaker, ctx.learnerText),
          random: ctx.random,
          index,
          signal: ctx.signal,
        },
        deps.characterModel,
        deps.logger,
      );
      if (ctx.signal?.aborted && !keptAfterCutOff(ctx.signal, index, voiced.text)) break;
      // Stored only while the session is active, checked in the same write: a reply finished after the learner
      // ended the session is dropped, so the transcript that is graded is the one the session ended with.
      const row = await storeOrBusy(
        () =>
          deps.stores.sessions.appendTurn({
            sessionId: ctx.sessionId,
            index,
            speaker,
            text: voiced.text,
            acts: [],
            affect: plan.affectAfter,
            source: voiced.source,
            interrupted: reply.plan.interrupt,
            meta: {
              ...replyMeta(reply, voiced, presentIds(ctx.scene)),
              ...(voiced.fallbackReason ? { fallbackReason: voiced.fallbackReason } : {}),
            },
            model: voiced.llm?.model ?? null,
            promptTokens: voiced.llm?.usage?.promptTokens ?? null,
            completionTokens: voiced.llm?.usage?.completionTokens ?? null,
            firstTokenMs: voiced.llm?.firstTokenMs ?? null,
            lastTokenMs: voiced.llm?.lastTokenMs ?? null,
            createdAt: startedAt,
            completedAt: deps.clock.now().toISOString(),
          }),
        WORDS_KEPT,
      );
      if (!row) {
        yield { type: 'retract', speaker, index };
        break;
      }
      deps.memory.record(ctx.memory, row);
      count++;
      yield { type: 'turn', turn: toTurnDto(row) };
    }
    // Released before 'done' is told: a client that sends its next turn on 'done' must find the session free.
    await hold.release();
    yield { type: 'done', replies: count };
  } catch (error) {
    deps.logger.log('error', 'reply production failed', {
      sessionId: ctx.sessionId,
      error: errorForLog(error),
    });
    throw error;
  } finally {
    await hold.release();
  }
}

/** The conversation as one character sees it now (the history already holds this round's earlier replies). */
function dialogueFor(
  scene: SceneSetup,
  history: SceneHistory,
  speaker: string,
  learnerText: string,
): DialogueView {
  const heard = history.heardSecrets.get(speaker);
  const learned = scene.characters
    .flatMap((sc) => sc.character.hidden)
    .filter((fact) => heard?.has(fact.id))
    .map((fact) => fact.summary);
  return {
    stage: history.stage,
    explained: [...history.explained],
    learned,
    covered: [...history.topicsCovered],
    lines: lineContextFor(history, scene.scenario.learnerIntroduces, speaker, learnerText),
  };
}

function presentIds(scene: SceneSetup): string[] {
  return scene.characters.map((sc) => sc.character.id);
}

const WORDS_KEPT =
  "The server is busy: your words were saved, but the characters' reply was cut short. Go on in a moment.";

/**
 * Runs one write; if the database stayed locked past its wait, throws `busy` saying truly what was kept.
 * @default message: nothing of this turn was saved
 */
async function storeOrBusy<T>(
  write: () => Promise<T>,
  message = 'The server is busy and did not save your turn: send it again in a moment.',
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDatabaseBusy(error)) throw errors.busy(message);
    throw error;
  }
}

/** After a cut-off, a reply is kept only if the learner heard some of it: the one cut, with words already said. */
function keptAfterCutOff(signal: AbortSignal, index: number, text: string): boolean {
  return signal.reason instanceof ReplyCutOff && index <= signal.reason.index && text !== '';
}
