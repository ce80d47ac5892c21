import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWav, concat, silence, tone } from '../../tests/support/wav.ts';
import { AudioRejected, type AudioRejectionCode, checkUtterance, SILENCE_RMS } from './wav.ts';

/** The code checkUtterance rejects `bytes` with, or 'accepted'. */
function verdict(bytes: Uint8Array): AudioRejectionCode | 'accepted' {
  try {
    checkUtterance(bytes);
    return 'accepted';
  } catch (error) {
    if (error instanceof AudioRejected) return error.code;
    throw error;
  }
}

const speechLike = (ms: number, rate = 16_000) => buildWav({ samples: tone(ms, rate), sampleRate: rate });

const hasCommand = (name: string) => {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('checkUtterance: accepted', () => {
  it('takes mono 16-bit PCM and reports its rate and length, passing the bytes on as they are', () => {
    const wav = speechLike(1500);
    const utterance = checkUtterance(wav);
    expect(utterance).toEqual({ wav, sampleRate: 16_000, durationMs: 1500 });
    expect(utterance.wav).toBe(wav);
  });

  it('walks past other chunks (odd-sized ones padded) between fmt and data', () => {
    const wav = buildWav({
      samples: tone(500, 22_050),
      sampleRate: 22_050,
      extraChunks: [
        { id: 'LIST', bytes: new TextEncoder().encode('INFOISFT\u0005\u0000\u0000\u0000sox!') },
        { id: 'fact', bytes: new Uint8Array([1, 2, 3]) },
      ],
    });
    expect(checkUtterance(wav)).toMatchObject({ sampleRate: 22_050, durationMs: 500 });
  });

  it('takes WAVE_FORMAT_EXTENSIBLE whose sub-format is PCM', () => {
    const wav = buildWav({ samples: tone(400, 48_000), sampleRate: 48_000, extensible: true });
    expect(checkUtterance(wav)).toMatchObject({ sampleRate: 48_000, durationMs: 400 });
  });

  it('counts only the samples present when the data size is left open or overstated', () => {
    const samples = tone(300);
    expect(checkUtterance(buildWav({ samples, declaredDataBytes: 0xffffffff })).durationMs).toBe(300);
    expect(checkUtterance(buildWav({ samples, declaredDataBytes: 10_000_000 })).durationMs).toBe(300);
    // A trailing odd byte is not half a sample.
    const odd = new Uint8Array([...buildWav({ samples, declaredDataBytes: 0xffffffff }), 7]);
    expect(checkUtterance(odd).durationMs).toBe(300);
  });

  it('takes the rate limits themselves, 8 and 48 kHz', () => {
    expect(verdict(speechLike(500, 8_000))).toBe('accepted');
    expect(verdict(speechLike(500, 48_000))).toBe('accepted');
  });

  it('takes exactly 200 ms and exactly 60 s', () => {
    expect(verdict(speechLike(200))).toBe('accepted');
    expect(verdict(speechLike(60_000, 8_000))).toBe('accepted');
  });

  it('takes a short, quiet word in long silence (one loud frame is enough)', () => {
    // 60 ms peaking at -40 dBFS, between 1.5 s of digital silence on each side.
    const quiet = tone(60, 16_000, 300, 0.01);
    const wav = buildWav({ samples: concat(silence(1500), quiet, silence(1500)) });
    expect(verdict(wav)).toBe('accepted');
  });

  it.skipIf(!hasCommand('espeak-ng') || !hasCommand('sox'))(
    'takes a sentence said by espeak-ng with 1.5 s of silence before and after (needs espeak-ng and sox)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'bedside-wav-'));
      const raw = join(dir, 'raw.wav');
      const out = join(dir, 'out.wav');
      execFileSync('espeak-ng', ['-w', raw, 'I am afraid the scan has shown something serious.']);
      execFileSync('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', out, 'pad', '1.5', '1.5']);
      const utterance = checkUtterance(new Uint8Array(readFileSync(out)));
      expect(utterance.sampleRate).toBe(48_000);
      expect(utterance.durationMs).toBeGreaterThan(4000);
    },
  );
});

describe('checkUtterance: refused', () => {
  it('not_wav: empty, text, random bytes, a header cut short, data before fmt', () => {
    expect(verdict(new Uint8Array(0))).toBe('not_wav');
    expect(verdict(new TextEncoder().encode('{"type":"text","text":"hello"}'))).toBe('not_wav');
    expect(verdict(Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))).toBe('not_wav');
    expect(verdict(speechLike(500).slice(0, 30))).toBe('not_wav');
    const riffWaveOnly = new TextEncoder().encode('RIFF\u0004\u0000\u0000\u0000WAVE');
    expect(verdict(riffWaveOnly)).toBe('not_wav');
    const noFmt = new Uint8Array([
      ...new TextEncoder().encode('RIFF\u0010\u0000\u0000\u0000WAVEdata\u0004\u0000\u0000\u0000'),
      1,
      2,
      3,
      4,
    ]);
    expect(verdict(noFmt)).toBe('not_wav');
  });

  it('unsupported_format: float32 (vad-web’s default encoding), stereo, 8-bit and 24-bit', () => {
    const float = new Uint8Array(new Float32Array(8000).fill(0.3).buffer);
    expect(verdict(buildWav({ data: float, formatTag: 3, bitsPerSample: 32 }))).toBe('unsupported_format');
    expect(verdict(buildWav({ samples: tone(1000), channels: 2 }))).toBe('unsupported_format');
    expect(verdict(buildWav({ data: new Uint8Array(16_000).fill(200), bitsPerSample: 8 }))).toBe(
      'unsupported_format',
    );
    expect(verdict(buildWav({ data: new Uint8Array(48_000).fill(9), bitsPerSample: 24 }))).toBe(
      'unsupported_format',
    );
    expect(verdict(buildWav({ data: new Uint8Array(8000), formatTag: 7, bitsPerSample: 8 }))).toBe(
      'unsupported_format',
    );
  });

  it('unsupported_rate: below 8 kHz or above 48 kHz', () => {
    expect(verdict(speechLike(500, 7_999))).toBe('unsupported_rate');
    expect(verdict(speechLike(500, 96_000))).toBe('unsupported_rate');
  });

  it('too_short: under 200 ms, or no samples at all', () => {
    expect(verdict(speechLike(199))).toBe('too_short');
    expect(verdict(buildWav({ samples: new Int16Array(0) }))).toBe('too_short');
  });

  it('too_long: over 60 s', () => {
    expect(verdict(speechLike(60_020, 8_000))).toBe('too_long');
  });

  it('silent: digital silence, noise under the threshold, a DC offset', () => {
    expect(verdict(buildWav({ samples: silence(2000) }))).toBe('silent');
    // Noise whose loudest frame sits just under -50 dBFS.
    const level = SILENCE_RMS * 0.9;
    const hiss = Int16Array.from({ length: 32_000 }, (_, i) => (i % 2 === 0 ? level : -level));
    expect(verdict(buildWav({ samples: hiss }))).toBe('silent');
    // Just over it is sound.
    const louder = Int16Array.from({ length: 32_000 }, (_, i) => (i % 2 === 0 ? 1.1 : -1.1) * SILENCE_RMS);
    expect(verdict(buildWav({ samples: louder }))).toBe('accepted');
    expect(verdict(buildWav({ samples: new Int16Array(16_000).fill(3000) }))).toBe('silent');
  });

  it('gives the learner a readable message for each refusal', () => {
    const messageOf = (bytes: Uint8Array) => {
      try {
        checkUtterance(bytes);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(messageOf(speechLike(100))).toBe(
      'That recording was too short to hear anything: say it again, or type it.',
    );
    expect(messageOf(buildWav({ samples: tone(1000), channels: 2 }))).toMatch(
      /^That recording was stereo 16-bit PCM, and Bedside needs mono 16-bit PCM: say it again, or type it\.$/,
    );
    expect(messageOf(speechLike(500, 96_000))).toContain('(96000 Hz)');
    expect(messageOf(buildWav({ samples: silence(1000) }))).toMatch(/silent.*microphone/);
  });
});
