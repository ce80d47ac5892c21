import { describe, expect, it } from 'vitest';
import { pickBrowserVoices, prosodyFor, type VoiceInfo, voiceSex } from './voice-picking.ts';

const voice = (name: string, lang = 'en-GB', localService = true): VoiceInfo => ({
  name,
  lang,
  voiceURI: name,
  localService,
});
const alan = { id: 'alan', age: 67, appearance: { sex: 'male' as const } };
const jo = { id: 'jo', age: 41, appearance: { sex: 'female' as const } };
const tom = { id: 'tom', age: 35, appearance: { sex: 'male' as const } };

describe('browser voice picking', () => {
  it('tells the sex of common voices by name', () => {
    expect(voiceSex('Google UK English Female')).toBe('female');
    expect(voiceSex('Google UK English Male')).toBe('male');
    expect(voiceSex('Microsoft Hazel - English (United Kingdom)')).toBe('female');
    expect(voiceSex('Daniel')).toBe('male');
    expect(voiceSex('English (Great Britain)+klatt')).toBeNull();
  });

  it('gives each character a different voice of their sex, in the page language', () => {
    const voices = [
      voice('Google Deutsch Female', 'de-DE'),
      voice('Microsoft George'),
      voice('Microsoft Hazel'),
      voice('Daniel'),
    ];
    const choices = pickBrowserVoices([alan, jo, tom], voices, 'en-GB');
    expect(choices.get('alan')?.voiceURI).toBe('Microsoft George');
    expect(choices.get('jo')?.voiceURI).toBe('Microsoft Hazel');
    expect(choices.get('tom')?.voiceURI).toBe('Daniel');
  });

  it('prefers the exact regional language and local voices, and takes an unnamed voice before reusing one', () => {
    const voices = [voice('Samantha', 'en-US'), voice('Kate', 'en-GB', false), voice('Kate local', 'en-GB')];
    expect(pickBrowserVoices([jo], voices, 'en-GB').get('jo')?.voiceURI).toBe('Kate local');
    const two = pickBrowserVoices([alan, tom], [voice('Arthur'), voice('espeak-en')], 'en');
    expect(two.get('alan')?.voiceURI).toBe('Arthur');
    expect(two.get('tom')?.voiceURI).toBe('espeak-en');
  });

  it('shares the one voice when there is only one, told apart by pitch and rate', () => {
    const choices = pickBrowserVoices([alan, jo], [voice('espeak-en')], 'en');
    expect(choices.get('alan')?.voiceURI).toBe('espeak-en');
    expect(choices.get('jo')?.voiceURI).toBe('espeak-en');
    expect(choices.get('alan')?.pitch).toBeLessThan(choices.get('jo')?.pitch ?? 0);
  });

  it('leaves the voice to the browser when it has none in the language', () => {
    expect(pickBrowserVoices([alan], [voice('Anna', 'de-DE')], 'en').get('alan')?.voiceURI).toBeNull();
    expect(pickBrowserVoices([alan], [], 'en').get('alan')).toEqual({ voiceURI: null, ...prosodyFor(alan) });
  });

  it('lowers and slows older voices', () => {
    expect(prosodyFor(alan).rate).toBeLessThan(prosodyFor(tom).rate);
    expect(prosodyFor(alan).pitch).toBeLessThan(prosodyFor(tom).pitch);
  });
});
