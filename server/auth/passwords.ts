// Password hashing with scrypt (node:crypto), stored as "scrypt$N$r$p$salt$hash" so parameters can change later.

import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { hashingBusy } from './auth-errors.ts';
import { GateFullError, type WorkGate } from './work-gate.ts';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Hashing and checking passwords, through a gate that bounds how many run at once. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

/** Throws `hashingBusy` (503, retry after a second) when the gate's queue is full. */
export function gatedHasher(gate: WorkGate): PasswordHasher {
  const through = async <T>(job: () => Promise<T>): Promise<T> => {
    try {
      return await gate.run(job);
    } catch (error) {
      throw error instanceof GateFullError ? hashingBusy() : error;
    }
  };
  return {
    hash: (password) => through(() => hashPassword(password)),
    verify: (password, stored) => through(() => verifyPassword(password, stored)),
  };
}
