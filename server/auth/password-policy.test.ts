import { describe, expect, it } from 'vitest';
import { brokenPasswordRule, loadCommonPasswords } from './password-policy.ts';

const common = loadCommonPasswords();
const rule = (password: string, email = 'ada.lovelace@example.org') =>
  brokenPasswordRule(password, email, common);

describe('password rules', () => {
  it('ships a list of a few hundred common passwords, in lower case', () => {
    expect(common.size).toBeGreaterThan(300);
    expect(common.has('password')).toBe(true);
    expect(common.has('qwertyuiop')).toBe(true);
    expect([...common].every((p) => p === p.toLowerCase() && !p.startsWith('#'))).toBe(true);
  });

  it('needs at least 10 characters, counting characters rather than bytes', () => {
    expect(rule('short one')).toBe('password_too_short');
    expect(rule('tea at six')).toBeNull();
    expect(rule('ééééééééé')).toBe('password_too_short');
  });

  it('refuses the email, and its part before the @ however it is dotted or cased', () => {
    expect(rule('ada.lovelace@example.org')).toBe('password_contains_email');
    expect(rule('Ada.Lovelace')).toBe('password_contains_email');
    expect(rule('AdaLovelace-2026')).toBe('password_contains_email');
    expect(rule('my name is ada lovelace')).toBe('password_contains_email');
    expect(rule('kate+bedside rocks', 'kate+bedside@example.org')).toBe('password_contains_email');
    expect(rule('kate wins again', 'kate+bedside@example.org')).toBe('password_contains_email');
  });

  it('matches a short local part only as the whole password', () => {
    expect(rule('enjoy a joyful day', 'jo@example.org')).toBeNull();
    expect(rule('jo', 'jo@example.org')).toBe('password_too_short');
    expect(rule('J.O.J.O.J.O', 'jojojo@example.org')).toBe('password_contains_email');
  });

  it('refuses common passwords as typed, with digits or symbols around them, or with lookalike characters', () => {
    expect(rule('qwertyuiop')).toBe('password_too_common');
    expect(rule('1234567890')).toBe('password_too_common');
    expect(rule('Password123!')).toBe('password_too_common');
    expect(rule('P@ssw0rd2026')).toBe('password_too_common');
    expect(rule('2026sunshine!!')).toBe('password_too_common');
    expect(rule('Hospital1234')).toBe('password_too_common');
    expect(rule('i love you 123')).toBe('password_too_common');
  });

  it('accepts passphrases', () => {
    expect(rule('correct horse battery')).toBeNull();
    expect(rule('blue kettle on the windowsill')).toBeNull();
    expect(rule('Tr0mbone-lighthouse-7')).toBeNull();
  });
});
