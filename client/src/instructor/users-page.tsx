// The admin's page of accounts: each person's role, changed one at a time (the server keeps at least one admin).

import { useState } from 'react';
import type { Role, UserDto } from '../../../server/protocol.ts';
import { useBedside } from '../components/bedside-context.ts';
import { useCohorts } from '../components/cohort-context.ts';

const ROLES: readonly { role: Role; label: string }[] = [
  { role: 'learner', label: 'Learner' },
  { role: 'instructor', label: 'Instructor' },
  { role: 'admin', label: 'Admin' },
];

export function UsersPage() {
  const users = useCohorts((s) => s.users);
  const flash = useCohorts((s) => s.flash);
  const me = useBedside((s) => s.user);
  return (
    <div className="instructor-page" data-testid="users-page">
      <h1>Users and roles</h1>
      <p className="muted">
        Instructors create cohorts and review their learners’ sessions; admins also manage everyone’s role.
        There is always at least one admin.
      </p>
      <p role="status" className="small" data-testid="users-status">
        {flash}
      </p>
      {users === null ? (
        <p className="muted">Loading users…</p>
      ) : (
        <ul className="user-list card">
          {users.map((user) => (
            <UserRow key={user.id} user={user} isMe={user.id === me?.id} />
          ))}
        </ul>
      )}
    </div>
  );
}

function UserRow({ user, isMe }: { user: UserDto; isMe: boolean }) {
  const setRole = useCohorts((s) => s.setRole);
  const busy = useCohorts((s) => s.busy);
  const [role, setChoice] = useState<Role>(user.role);
  const selectId = `role-${user.id}`;
  return (
    <li className="user-row" data-testid={`user-${user.email}`}>
      <div>
        <span className="session-title">
          {user.name}
          {isMe ? ' (you)' : ''}
        </span>
        <span className="muted small user-email">{user.email}</span>
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void setRole(user.id, role);
        }}
      >
        <label className="visually-hidden" htmlFor={selectId}>
          Role of {user.name}
        </label>
        <select
          id={selectId}
          value={role}
          onChange={(e) => setChoice(e.target.value as Role)}
          data-testid="role-select"
        >
          {ROLES.map((r) => (
            <option key={r.role} value={r.role}>
              {r.label}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="button-quiet"
          disabled={busy || role === user.role}
          data-testid="role-save"
        >
          Save<span className="visually-hidden"> the role of {user.name}</span>
        </button>
      </form>
    </li>
  );
}
