import { describe, expect, it } from 'vitest';
import { SpeechPlayer } from './speech-player.ts';

const line = (key: string, speaker: string, text: string) => ({ key, speaker, text });

describe('the speech player', () => {
  it('voices replies one after another, never two at once', () => {
    const player = new SpeechPlayer();
    player.sync([line('t1', 'alan', 'Right. I see.'), line('t2', 'tom', 'Dad? Are you all right?')], 1000);
    expect(player.isSpeaking('alan', 1100)).toBe(true);
    expect(player.isSpeaking('tom', 1100)).toBe(false);
    expect(player.currentLine('tom', 1100)).toBeNull();

    const tomStarts = player.nextStart(1100);
    expect(tomStarts).not.toBeNull();
    const start = tomStarts ?? 0;
    expect(player.isSpeaking('alan', start + 10)).toBe(false);
    expect(player.isSpeaking('tom', start + 10)).toBe(true);
    expect(player.currentLine('tom', start + 10)).toBe('t2');
    expect(player.currentLine('alan', start + 10)).toBe('t1');
  });

  it('moves the mouth only while the line is being said', () => {
    const player = new SpeechPlayer();
    player.sync([line('t1', 'alan', 'Aah, aah, aah.')], 0);
    let peak = 0;
    for (let t = 0; t < 3000; t += 20) peak = Math.max(peak, player.mouthOpen('alan', t));
    expect(peak).toBeGreaterThan(0.8);
    expect(player.mouthOpen('alan', 60_000)).toBe(0);
    expect(player.mouthOpen('tom', 100)).toBe(0);
  });

  it('treats lines already in the transcript when the scene opens as said', () => {
    const player = new SpeechPlayer();
    player.sync([line('t1', 'alan', 'Hello, Doctor.')], 0, { initial: true });
    expect(player.isSpeaking('alan', 10)).toBe(false);
  });

  it('lets a streaming line grow, and drops a retracted one at once', () => {
    const player = new SpeechPlayer();
    player.sync([line('t1', 'alan', 'I')], 0);
    const shortEnd = 1000;
    expect(player.isSpeaking('alan', shortEnd)).toBe(false);
    player.sync(
      [line('t1', 'alan', 'I suppose I knew, really. I just did not want to say it out loud.')],
      50,
    );
    expect(player.isSpeaking('alan', shortEnd)).toBe(true);
    player.sync([], 1100);
    expect(player.isSpeaking('alan', 1200)).toBe(false);
  });

  it('falls silent when the learner speaks: the line stops, waiting lines are dropped', () => {
    const player = new SpeechPlayer();
    player.sync([line('t1', 'alan', 'Well, I suppose I always knew.'), line('t2', 'tom', 'Dad.')], 0);
    expect(player.isSpeaking('alan', 500)).toBe(true);
    player.silence(500);
    expect(player.isSpeaking('alan', 600)).toBe(false);
    expect(player.mouthOpen('alan', 600)).toBe(0);
    expect(player.nextStart(600)).toBeNull();
    expect(player.currentLine('alan', 600)).toBe('t1');
    player.sync([line('t1', 'alan', 'Well, I suppose I always knew.'), line('t3', 'alan', 'Go on.')], 700);
    expect(player.isSpeaking('alan', 900)).toBe(true);
    expect(player.currentLine('alan', 900)).toBe('t3');
  });
});
