// The fake OpenAI-compatible server's audio endpoints: `/v1/audio/transcriptions` reads the multipart upload and
// answers a scripted text; `/v1/audio/speech` streams PCM (or a WAV) at a scripted pace. Faults as for chat.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import {
  CUT_GRACE_MS,
  type FakeHttpFault,
  type FakeTiming,
  sendError,
  sendFault,
  sendJson,
  write,
} from './fake-http.ts';
import { pcmBytes, tone, wavHeader } from './wav.ts';

/** The multipart upload of a transcription request, as the fake read it. */
export interface FakeUpload {
  model: string | null;
  /** Every text field (model, response_format, language, …). */
  fields: Record<string, string>;
  /** The uploaded file's bytes. */
  file: Uint8Array;
  filename: string | null;
  fileType: string | null;
}

export type FakeTranscriptionStep =
  | { text: string; latencyMs?: number }
  | FakeHttpFault
  /** Sends the headers and part of the JSON answer, then destroys the socket. */
  | { fault: 'cut' };

export interface FakeSpeechBody {
  model?: string;
  input?: string;
  voice?: string;
  response_format?: string;
  [key: string]: unknown;
}

export type FakeSpeechStep =
  | {
      /** 16-bit samples to send. @default a 220 Hz tone lasting SPEECH_MS_PER_CHAR per character of input */
      samples?: Int16Array;
      /** The audio's rate (written in a WAV's header; a `pcm` reader assumes 24000). @default 24000 */
      sampleRate?: number;
      /** Wait before the first byte of the body (the headers go at once). @default 0 */
      firstChunkMs?: number;
      /** Pace of the body after its first chunk. @default unpaced */
      bytesPerSecond?: number;
      /** Bytes per write. @default 4800 (100 ms at 24 kHz) */
      chunkBytes?: number;
    }
  | FakeHttpFault
  /** Sends the first `afterBytes` bytes of the body (a WAV's header included), then destroys the socket. */
  | { fault: 'cut'; afterBytes: number };

export const DEFAULT_TRANSCRIPT = 'I have the results of your scan here.';
export const SPEECH_MS_PER_CHAR = 60;
const SPEECH_RATE = 24_000;

export async function respondTranscription(
  step: FakeTranscriptionStep,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
  timing: FakeTiming,
): Promise<void> {
  if ('text' in step) {
    await delay(step.latencyMs ?? 0, undefined, { signal });
    timing.firstContentAt = performance.now();
    sendJson(res, 200, { text: step.text, usage: { type: 'duration', seconds: 1 } });
    timing.endedAt = performance.now();
    return;
  }
  if (step.fault !== 'cut') return sendFault(step, req, res);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
  await write(res, '{"text":"I have the res');
  await delay(CUT_GRACE_MS, undefined, { signal });
  req.socket.destroy();
}

export async function respondSpeech(
  step: FakeSpeechStep,
  body: FakeSpeechBody,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
  timing: FakeTiming,
): Promise<void> {
  if ('fault' in step && step.fault !== 'cut') return sendFault(step, req, res);
  const format = body.response_format;
  if (format !== 'pcm' && format !== 'wav') {
    return sendError(res, 400, `The fake speaks only pcm and wav, not ${String(format)}.`);
  }
  const paced = 'fault' in step ? {} : step;
  const sampleRate = paced.sampleRate ?? SPEECH_RATE;
  const samples = paced.samples ?? tone(String(body.input).length * SPEECH_MS_PER_CHAR, sampleRate);
  const pcm = pcmBytes(samples);
  // A streamed WAV leaves its sizes open, as OpenAI's does.
  const audio = format === 'wav' ? concatBytes(wavHeader({ sampleRate, dataBytes: 0xffffffff }), pcm) : pcm;
  res.writeHead(200, { 'content-type': format === 'wav' ? 'audio/wav' : 'audio/pcm' });
  res.flushHeaders();

  if ('fault' in step) {
    await write(res, audio.subarray(0, step.afterBytes));
    await delay(CUT_GRACE_MS, undefined, { signal });
    req.socket.destroy();
    return;
  }
  await delay(paced.firstChunkMs ?? 0, undefined, { signal });
  const chunkBytes = paced.chunkBytes ?? 4800;
  for (let at = 0; at < audio.length; at += chunkBytes) {
    const chunk = audio.subarray(at, at + chunkBytes);
    if (at > 0 && paced.bytesPerSecond) {
      await delay((chunk.length / paced.bytesPerSecond) * 1000, undefined, { signal });
    }
    await write(res, chunk);
    timing.firstContentAt ??= performance.now();
  }
  res.end();
  timing.endedAt = performance.now();
}

/** Reads a `multipart/form-data` body; null when it is not one. */
export function parseUpload(raw: Buffer, contentType: string | undefined): FakeUpload | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const boundary = match?.[1] ?? match?.[2];
  if (!contentType?.startsWith('multipart/form-data') || !boundary) return null;
  const delimiter = Buffer.from(`--${boundary}`);
  const upload: FakeUpload = {
    model: null,
    fields: {},
    file: new Uint8Array(0),
    filename: null,
    fileType: null,
  };
  let at = raw.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') break;
    const headerEnd = raw.indexOf('\r\n\r\n', start);
    if (headerEnd === -1) return null;
    const next = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd);
    if (next === -1) return null;
    const headers = raw.subarray(start, headerEnd).toString('utf8');
    const content = raw.subarray(headerEnd + 4, next);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    if (filename !== undefined) {
      upload.file = new Uint8Array(content);
      upload.filename = filename;
      upload.fileType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? null;
    } else if (name !== undefined) {
      upload.fields[name] = content.toString('utf8');
    }
    at = next + 2;
  }
  upload.model = upload.fields.model ?? null;
  return upload;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
