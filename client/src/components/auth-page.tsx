// Sign in or register: one form, with a toggle between the two.

import { type FormEvent, useState } from 'react';
import type { AuthMode } from '../state/bedside-state.ts';
import { useBedside } from './bedside-context.ts';

export function AuthPage({ mode }: { mode: AuthMode }) {
  const signIn = useBedside((s) => s.signIn);
  const register = useBedside((s) => s.register);
  const setAuthMode = useBedside((s) => s.setAuthMode);
  const pending = useBedside((s) => s.pending);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // A course's invite link carries its code (?invite=…); on a server that takes invited learners only, it is needed.
  const [inviteCode, setInviteCode] = useState(
    () => new URLSearchParams(window.location.search).get('invite') ?? '',
  );
  const registering = mode === 'register';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = inviteCode.trim();
    if (registering) void register({ email, password, name, ...(code ? { inviteCode: code } : {}) });
    else void signIn({ email, password });
  };

  return (
    <section className="card auth-card" aria-labelledby="auth-title">
      <h1 id="auth-title">{registering ? 'Create an account' : 'Sign in'}</h1>
      <p className="muted">Practise difficult conversations with virtual patients and relatives.</p>
      <form onSubmit={submit} className="form" data-testid="auth-form">
        {registering && (
          <label className="field">
            <span>Name</span>
            <input
              name="name"
              autoComplete="name"
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-testid="auth-name"
            />
          </label>
        )}
        <label className="field">
          <span>Email</span>
          <input
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="auth-email"
          />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            name="password"
            type="password"
            autoComplete={registering ? 'new-password' : 'current-password'}
            required
            minLength={registering ? 10 : undefined}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="auth-password"
          />
          {registering && <small className="muted">At least 10 characters, and not a common password.</small>}
        </label>
        {registering && (
          <label className="field">
            <span>Invite code (if your course gave you one)</span>
            <input
              name="inviteCode"
              autoComplete="off"
              value={inviteCode}
              onChange={(e) => setInviteCode(e.target.value)}
              data-testid="auth-invite-code"
            />
            <small className="muted">It joins you to your course's cohort.</small>
          </label>
        )}
        <button type="submit" className="button-primary" disabled={pending} data-testid="auth-submit">
          {registering ? 'Register' : 'Sign in'}
        </button>
      </form>
      <p className="auth-toggle">
        {registering ? 'Already have an account?' : 'New to Bedside?'}{' '}
        <button
          type="button"
          className="button-link"
          onClick={() => setAuthMode(registering ? 'sign-in' : 'register')}
          data-testid="auth-toggle"
        >
          {registering ? 'Sign in' : 'Create an account'}
        </button>
      </p>
    </section>
  );
}
