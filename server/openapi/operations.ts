// Every HTTP operation of the API, as the reference describes it: where it lives, who may call it, the zod schema
// its body is validated with (the same object the route uses), and what it answers. build-document.ts turns this
// list into OpenAPI; a test checks the list against the routes the app really answers.

import type { z } from 'zod';
import { loginBody, passwordBody, registerBody } from '../routes/auth-routes.ts';
import { selfRatingBody } from '../routes/learner-routes.ts';
import { endBody, startBody, turnBody } from '../routes/session-routes.ts';
import { roleBody } from '../routes/user-routes.ts';

export type Method = 'get' | 'post' | 'patch';

/** Who may call an operation: anyone, any signed-in user, or only some roles. */
export type Access = 'public' | 'signed-in' | 'admin';

export interface Operation {
  method: Method;
  /** OpenAPI path, parameters in braces. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  body?: { schema: z.ZodType; optional?: boolean };
  /** Status → what it means; the common errors (see build-document.ts) are added by access and method. */
  responses: Record<number, string>;
  /** Media types of the success answer. @default ['application/json'] */
  produces?: string[];
}

export const TAGS = [
  { name: 'Auth', description: 'Accounts and the session cookie.' },
  { name: 'Me', description: 'The signed-in user.' },
  { name: 'Scenarios', description: 'The conversations a learner can practise.' },
  { name: 'Sessions', description: 'Practice sessions: start, take turns, end, read the graded report.' },
  { name: 'Learners', description: "A learner's own skills model." },
  { name: 'Users', description: 'Administration (admins only).' },
  { name: 'Reference', description: 'This document and its page.' },
  { name: 'Operations', description: 'For operators and monitoring.' },
] as const;

export const OPERATIONS: readonly Operation[] = [
  {
    method: 'post',
    path: '/api/auth/register',
    tag: 'Auth',
    summary: 'Create an account and sign in',
    description:
      'Sets the session cookie. The password needs at least 10 characters, must not be the email, and must not be a common password.',
    access: 'public',
    body: { schema: registerBody },
    responses: { 201: 'Signed in as the new user: `{ user }`.', 409: 'An account with that email exists.' },
  },
  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'Auth',
    summary: 'Sign in',
    description: 'Sets the session cookie. Failed attempts are limited per account and per address.',
    access: 'public',
    body: { schema: loginBody },
    responses: {
      200: 'Signed in: `{ user }`.',
      401: 'The email and password do not match an account.',
      429: 'Too many failed attempts; `Retry-After` says when to try again.',
    },
  },
  {
    method: 'post',
    path: '/api/auth/password',
    tag: 'Auth',
    summary: 'Change the signed-in user’s password',
    access: 'signed-in',
    body: { schema: passwordBody },
    responses: { 200: 'Changed: `{ ok: true }`.' },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'Auth',
    summary: 'Sign out',
    description: 'Ends the cookie’s session, if any, and clears the cookie.',
    access: 'public',
    responses: { 200: '`{ ok: true }`.' },
  },
  {
    method: 'get',
    path: '/api/me',
    tag: 'Me',
    summary: 'The signed-in user',
    access: 'signed-in',
    responses: { 200: '`{ user }`.' },
  },
  {
    method: 'get',
    path: '/api/me/usage',
    tag: 'Me',
    summary: 'The signed-in user’s practice so far',
    access: 'signed-in',
    responses: { 200: '`{ usage }`.' },
  },
  {
    method: 'get',
    path: '/api/usage',
    tag: 'Users',
    summary: 'Practice across the whole instance',
    access: 'admin',
    responses: { 200: '`{ usage }`.' },
  },
  {
    method: 'get',
    path: '/api/scenarios',
    tag: 'Scenarios',
    summary: 'List the scenarios',
    access: 'signed-in',
    responses: { 200: '`{ scenarios }`.' },
  },
  {
    method: 'get',
    path: '/api/scenarios/{id}',
    tag: 'Scenarios',
    summary: 'One scenario',
    access: 'signed-in',
    responses: { 200: 'The scenario.', 404: 'No such scenario.' },
  },
  {
    method: 'get',
    path: '/api/sessions',
    tag: 'Sessions',
    summary: 'The signed-in user’s sessions',
    access: 'signed-in',
    responses: { 200: '`{ sessions }`.' },
  },
  {
    method: 'post',
    path: '/api/sessions',
    tag: 'Sessions',
    summary: 'Start a session',
    description:
      'Without a scenario, the learner model recommends one; without a difficulty, it picks the level.',
    access: 'signed-in',
    body: { schema: startBody },
    responses: { 201: '`{ session }`.', 404: 'No such scenario.' },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}',
    tag: 'Sessions',
    summary: 'One session with its turns',
    access: 'signed-in',
    responses: { 200: '`{ session }`.', 404: 'No such session of yours.' },
  },
  {
    method: 'post',
    path: '/api/sessions/{id}/end',
    tag: 'Sessions',
    summary: 'End a session',
    description: 'Grading starts in the background. `optOut: true` leaves without a score.',
    access: 'signed-in',
    body: { schema: endBody, optional: true },
    responses: { 200: '`{ session }`.', 404: 'No such session of yours.' },
  },
  {
    method: 'post',
    path: '/api/sessions/{id}/turns',
    tag: 'Sessions',
    summary: 'Say something and get the characters’ reply',
    description:
      'With `Accept: text/event-stream` the reply streams as server-sent events; with `application/json` it comes whole.',
    access: 'signed-in',
    body: { schema: turnBody },
    produces: ['application/json', 'text/event-stream'],
    responses: {
      200: 'The stored turn and the reply.',
      404: 'No such session of yours.',
      406: 'The Accept header asks for neither JSON nor an event stream.',
      409: 'The session has ended, is full, or the previous turn is still being answered.',
      429: 'Too many turns a minute; `Retry-After` says when to try again.',
      503: 'The database was busy; nothing was stored, try again.',
    },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/report',
    tag: 'Sessions',
    summary: 'The graded report of an ended session',
    access: 'signed-in',
    responses: {
      200: 'The report.',
      202: 'Still being graded: `{ status }`; `Retry-After` says when to ask again.',
      404: 'No such session of yours.',
      409: 'The session has not ended.',
      503: 'The session could not be graded.',
    },
  },
  {
    method: 'get',
    path: '/api/sessions/{id}/live',
    tag: 'Sessions',
    summary: 'The live channel (WebSocket)',
    description:
      'Upgrades to a WebSocket for voice and typed turns; the messages a client sends are described by the `LiveClientMessage` schema. Only pages of this site may open it.',
    access: 'signed-in',
    responses: {
      101: 'Switched to the WebSocket protocol.',
      403: 'Opened from a page on another site.',
      404: 'No such session of yours.',
      409: 'The session has ended.',
      426: 'Not a WebSocket upgrade request.',
    },
  },
  {
    method: 'get',
    path: '/api/learners/me/progress',
    tag: 'Learners',
    summary: 'The signed-in learner’s skills and what to practise next',
    access: 'signed-in',
    responses: { 200: 'The progress.' },
  },
  {
    method: 'post',
    path: '/api/learners/me/self-rating',
    tag: 'Learners',
    summary: 'Rate your own skills, 1 to 5',
    access: 'signed-in',
    body: { schema: selfRatingBody },
    responses: { 201: 'The progress, with the rating recorded.' },
  },
  {
    method: 'get',
    path: '/api/users',
    tag: 'Users',
    summary: 'All users',
    access: 'admin',
    responses: { 200: '`{ users }`.' },
  },
  {
    method: 'get',
    path: '/api/users/{id}/usage',
    tag: 'Users',
    summary: 'One user’s practice',
    access: 'admin',
    responses: { 200: '`{ usage }`.' },
  },
  {
    method: 'patch',
    path: '/api/users/{id}/role',
    tag: 'Users',
    summary: 'Change a user’s role',
    description: 'The last admin cannot be demoted.',
    access: 'admin',
    body: { schema: roleBody },
    responses: { 200: '`{ user }`.', 404: 'No such user.', 409: 'That would leave no admin.' },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'Reference',
    summary: 'This document',
    access: 'public',
    responses: { 200: 'The OpenAPI document.' },
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'Reference',
    summary: 'The reference page for people',
    access: 'public',
    produces: ['text/html'],
    responses: { 200: 'An HTML page built from this document; it loads nothing from elsewhere.' },
  },
  {
    method: 'get',
    path: '/healthz',
    tag: 'Operations',
    summary: 'Health: database, conversation engine and audio',
    access: 'public',
    responses: { 200: 'Healthy.', 503: 'The database is failing.' },
  },
];
