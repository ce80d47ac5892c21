import { Hono } from 'hono';
import type { SceneCatalog } from '../content/scene-catalog.ts';
import { AUDIO_SIDE_OFF, type AudioStatus } from '../providers/build-audio-providers.ts';
import type { LlmStatus } from '../providers/build-character-model.ts';
import type { Stores } from '../stores/ports.ts';

/** Liveness and readiness in one: the database answers and scenarios are loaded. */
export function healthRoutes(deps: {
  stores: Stores;
  catalog: SceneCatalog;
  llmStatus?: (() => LlmStatus) | undefined;
  audioStatus?: (() => AudioStatus) | undefined;
}) {
  return new Hono().get('/', async (c) => {
    let database: 'ok' | 'failing' = 'ok';
    try {
      await deps.stores.ping();
    } catch {
      database = 'failing';
    }
    const llm = deps.llmStatus?.() ?? { configured: false, characterModel: null, circuit: null };
    // Open audio circuits are reported, not failures: captions and the browser's voice carry on.
    const audio = deps.audioStatus?.() ?? { transcription: AUDIO_SIDE_OFF, speech: AUDIO_SIDE_OFF };
    // An open circuit is reported but not a failure: the offline engine keeps every session going.
    const status = database === 'ok' ? 'ok' : 'degraded';
    return c.json(
      {
        status,
        database,
        scenarios: deps.catalog.scenarios.length,
        conversationEngine: !llm.configured
          ? 'offline'
          : llm.circuit?.state === 'open'
            ? 'offline-fallback'
            : 'llm',
        llm,
        audio,
      },
      status === 'ok' ? 200 : 503,
    );
  });
}
