// Builds the messages an LLM-voiced character receives: the rendered template as the system message (persona,
// knowledge, the facts it may now tell, its feelings in words, how to answer) and the conversation from its own
// point of view. Learner text only ever appears inside user messages, as something said aloud in the room.

import { ACT_THRESHOLD, type ClassifiedAct } from '../content/acts.ts';
import type { Affect } from '../content/affect-types.ts';
import type { CharacterGuidance } from '../content/character-guidance.ts';
import type { CharacterPlaceholder } from '../content/load-character-prompts.ts';
import type { PromptTemplate } from '../content/prompt-template.ts';
import type { SceneCharacter, SceneSetup } from '../content/scene-setup.ts';
import type { ChatMessage } from '../providers/chat-model.ts';
import { describeAffect } from './affect-words.ts';
import { STAGE_WORDS, type Stage } from './dialogue-state.ts';
import type { LineContext, ReplyPlan } from './offline-engine.ts';

export interface SpokenLine {
  /** `learner` or a character id. */
  speaker: string;
  text: string;
}

/** Where the conversation is, as one character sees it. */
export interface DialogueView {
  stage: Stage;
  /** Medical words the learner has explained in plain words. */
  explained: readonly string[];
  /** Summaries of facts others kept from this character that came out in front of it. */
  learned: readonly string[];
  /** Topics already asked about in this conversation. */
  covered: readonly string[];
  /** What the offline engine may say now; the model gets the same facts. */
  lines: LineContext;
}

export interface CharacterPromptInput {
  scene: SceneSetup;
  speaker: SceneCharacter;
  plan: ReplyPlan;
  affect: Affect;
  learnerActs: readonly ClassifiedAct[];
  /** The conversation so far, oldest first, ending with the learner's turn (and any reply already given to it). */
  transcript: readonly SpokenLine[];
  dialogue: DialogueView;
  template: PromptTemplate<CharacterPlaceholder>;
  guidance: CharacterGuidance;
  /** How many recent lines of conversation to include. @default 16 */
  historyLines?: number;
  /** @default 60 */
  maxWords?: number;
}

const LEARNER_LABEL = 'Clinician';

export function buildCharacterMessages(input: CharacterPromptInput): ChatMessage[] {
  return [{ role: 'system', content: renderSystem(input) }, ...conversationMessages(input)];
}

function renderSystem(input: CharacterPromptInput): string {
  const { scene, speaker, plan, affect, guidance } = input;
  const c = speaker.character;
  const patient = scene.characters.find((sc) => sc.character.role === 'patient')?.character;
  const others = scene.characters
    .filter((sc) => sc.character.id !== c.id)
    .map(
      (sc) =>
        `${sc.character.name}${sc.character.role === 'patient' ? ', the patient' : `, ${relationWords(sc.character.relation, patient !== undefined)}`}`,
    );
  const present = new Set(scene.characters.map((sc) => sc.character.id));
  // Nothing kept from someone in the room is offered, unless the scenario lets it come out in front of them.
  const mayReveal = c.hidden.filter(
    (fact) =>
      affect.trust >= (speaker.revealThresholds[fact.id] ?? 1) &&
      (fact.tellInFront || !fact.hiddenFrom.some((id) => present.has(id))),
  );
  const heard = input.learnerActs
    .filter((a) => a.confidence >= ACT_THRESHOLD)
    .map((a) => guidance.acts[a.act]);
  return input.template.render({
    name: c.name,
    firstName: c.name.split(' ')[0] ?? c.name,
    age: String(c.age),
    who:
      c.role === 'patient'
        ? 'You are the patient.'
        : patient
          ? `You are the ${c.relation ?? 'relative'} of ${patient.name}, the patient.`
          : `You are family (${c.relation ?? 'a relative'}) of the person this is about; there is no patient in the room.`,
    setting: scene.scenario.setting,
    learnerRole: scene.scenario.learnerRole,
    others: others.length > 0 ? others.join('; ') : 'nobody else',
    persona: c.persona,
    speechStyle: c.speechStyle,
    knows: bullets(c.knows),
    fears: bullets(c.fears),
    wants: bullets(c.wants),
    mayReveal: mayReveal.length > 0 ? bullets(mayReveal.map((f) => f.summary)) : '- nothing yet',
    revealNow: plan.reveal ? `If it fits, now is the moment to tell them this: ${plan.reveal.summary}` : '',
    feelings: describeAffect(affect),
    heard: heard.length > 0 ? heard.join('; ') : 'spoke to you',
    guidance: guidance.intents[plan.intent],
    interrupt: [plan.interrupt ? guidance.interrupt : '', plan.wasCutOff ? guidance.cutOff : '']
      .filter(Boolean)
      .join(' '),
    difficulty: `How hard you are on them: ${scene.knobs.label}.`,
    maxWords: String(input.maxWords ?? 60),
    conversation: describeConversation(input.dialogue),
    facts: describeFacts(input),
  });
}

function describeConversation(dialogue: DialogueView): string {
  const parts = [`Where the conversation is: ${STAGE_WORDS[dialogue.stage]}.`];
  parts.push(
    dialogue.lines.newsGiven
      ? 'The news has been given: do not ask whether it is bad or greet them again.'
      : 'Nobody has given you the news yet: do not talk as if you had heard it.',
  );
  if (dialogue.explained.length > 0)
    parts.push(`Words they have explained, so you now understand them: ${dialogue.explained.join(', ')}.`);
  if (dialogue.lines.unsaidTerms.length > 0)
    parts.push(`Words you must not use before they do: ${dialogue.lines.unsaidTerms.join(', ')}.`);
  if (dialogue.covered.length > 0) parts.push(`Topics raised so far: ${dialogue.covered.join(', ')}.`);
  if (dialogue.learned.length > 0)
    parts.push(`What you have just learned in this room: ${dialogue.learned.join(' ')}`);
  return parts.join('\n');
}

/** The authored facts for the topic asked about: the model answers from these and invents nothing. */
function describeFacts({ plan, dialogue }: CharacterPromptInput): string {
  if (plan.intent === 'react-to-reveal' && plan.reactTo)
    return `What was just said in front of you, which you did not know: ${plan.reactTo.summary}`;
  if (!plan.topic) return '';
  const { answer } = plan.topic;
  const topic = plan.topic.topic ?? 'something you have no facts for';
  if (answer === 'dont-know' || !plan.topic.topic)
    return `They asked about ${topic}. You know nothing about that beyond what is above: say honestly that you don't know, and make nothing up.`;
  if (answer === 'deflect')
    return `They asked about ${topic}. You are not ready to talk about that yet: deflect, in character.`;
  const authored = plan.character.topics[plan.topic.topic];
  const own =
    plan.topic.aboutSelf && authored?.self
      ? [...(authored.self[plan.band] ?? []), ...(authored.self.any ?? [])]
      : [];
  // Asked about themselves, a relative has their own facts only (as the offline engine).
  const about =
    own.length > 0 ? own : authored ? [...(authored[plan.band] ?? []), ...(authored.any ?? [])] : [];
  const lines = about
    .filter((line) => !(line.when === 'before-news' && dialogue.lines.newsGiven))
    .filter((line) => !(line.when === 'after-news' && !dialogue.lines.newsGiven))
    .map((line) => line.text);
  const lead = plan.topic.followsStatement ? 'They told you what happens next' : `They asked about ${topic}`;
  return `${lead}. What is true for you about it (use these facts, in your own words; add no others):\n${bullets(lines)}`;
}

/** "the patient's son", or with no patient in the room (a death told to the family) just "brother". */
function relationWords(relation: string | undefined, patientPresent: boolean): string {
  if (!relation) return 'a relative';
  return patientPresent ? `the patient's ${relation}` : relation;
}

/** The recent conversation as this character heard it; consecutive lines from others are merged. */
function conversationMessages(input: CharacterPromptInput): ChatMessage[] {
  const own = input.speaker.character.id;
  const names = new Map(input.scene.characters.map((sc) => [sc.character.id, sc.character.name]));
  const messages: ChatMessage[] = [];
  for (const line of input.transcript.slice(-(input.historyLines ?? 16))) {
    if (line.speaker === own) {
      messages.push({ role: 'assistant', content: line.text });
      continue;
    }
    const label = line.speaker === 'learner' ? LEARNER_LABEL : (names.get(line.speaker) ?? line.speaker);
    const said = `[${label}] ${line.text}`;
    const last = messages.at(-1);
    if (last?.role === 'user') last.content += `\n${said}`;
    else messages.push({ role: 'user', content: said });
  }
  return messages;
}

function bullets(items: readonly string[]): string {
  return items.length > 0 ? items.map((item) => `- ${item}`).join('\n') : '- nothing in particular';
}
