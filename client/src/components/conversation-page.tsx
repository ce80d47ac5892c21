// The conversation: the transcript, everyone's feelings as bars, and the text box.

import { AffectPanel } from './affect-panel.tsx';
import { useBedside } from './bedside-context.ts';
import { Composer } from './composer.tsx';
import { Transcript } from './transcript.tsx';

export function ConversationPage() {
  const conversation = useBedside((s) => s.conversation);
  const scenario = useBedside((s) => s.scenarios.find((x) => x.id === s.conversation?.session.scenarioId));
  const endSession = useBedside((s) => s.endSession);
  const pending = useBedside((s) => s.pending);
  if (!conversation) return null;
  const { session } = conversation;
  const present = session.characters.filter((c) => c.present);

  return (
    <div className="conversation" data-testid="conversation">
      <div className="conversation-head">
        <div>
          <p className="eyebrow">Level {session.difficulty}</p>
          <h1>{scenario?.title ?? 'Conversation'}</h1>
        </div>
        <button type="button" disabled={pending} onClick={() => void endSession()} data-testid="end-session">
          End session
        </button>
      </div>
      <div className="conversation-body">
        <div className="conversation-main">
          <Transcript entries={conversation.entries} characters={session.characters} />
          {conversation.error && (
            <p className="banner banner-error" role="alert" data-testid="conversation-error">
              {conversation.error}
            </p>
          )}
          <Composer />
        </div>
        <AffectPanel characters={present} affect={conversation.affect} />
      </div>
    </div>
  );
}
