// Every HTTP operation of the API, as the reference describes it: where it lives, who may call it, the zod schema
// its body is validated with (the same object the route uses), and what it answers. build-document.ts turns this
// list into OpenAPI; a test checks the list against the routes the app really answers.

import type { z } from 'zod';
import { auditQuery } from '../routes/audit-routes.ts';
import { loginBody, passwordBody, registerBody } from '../routes/auth-routes.ts';
import { assignmentBody, cohortBody, instructorBody, joinBody } from '../routes/cohort-routes.ts';
import { commentBody, reviewBody } from '../routes/instruction-routes.ts';
import { selfRatingBody } from '../routes/learner-routes.ts';
import { deleteAccountBody } from '../routes/me-routes.ts';
import { endBody, startBody, turnBody } from '../routes/session-routes.ts';
import { roleBody } from '../routes/user-routes.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call an operation: anyone, any signed-in user, or only some roles (`instructor`: instructors and admins).
 * Beyond the role, routes that read a learner's data admit only those the access policy allows (404 for others).
 */
export type Access = 'public' | 'signed-in' | 'learner' | 'instructor' | 'admin';

export interface Operation {
  method: Method;
  /** OpenAPI path, parameters in braces. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  body?: { schema: z.ZodType; optional?: boolean };
  /** The query string's parameters, validated with this schema (the same object the route uses). */
  query?: z.ZodObject;
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
  {
    name: 'Cohorts',
    description: 'Courses: cohorts, their learners, assignments, and what instructors may read.',
  },
  {
    name: 'Instruction',
    description: 'What instructors do with a cohort’s sessions: comments, grader reviews, overview, export.',
  },
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
    responses: {
      201: 'Signed in as the new user: `{ user }`; with `inviteCode`, they have joined that cohort.',
      403: 'This server takes registrations only with an invite code (`invite_required`).',
      404: 'No cohort has that invite code.',
      409: 'An account with that email exists.',
    },
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
    path: '/api/me/export',
    tag: 'Me',
    summary: 'Everything Bedside holds about me',
    description:
      'As one JSON file: the account (no password hash), every session with its turns, report, comments and reviews, skill ratings with their history, and the cohorts joined.',
    access: 'signed-in',
    responses: { 200: '`{ exportedAt, account, sessions, ratings, cohorts }`.' },
  },
  {
    method: 'delete',
    path: '/api/me',
    tag: 'Me',
    summary: 'Delete my account and everything that is mine',
    description:
      'Sessions, turns, reports, ratings, memberships and queued xAPI statements go with it; cohorts keep only anonymised score aggregates. The password is checked like a sign-in. Signs out.',
    access: 'signed-in',
    body: { schema: deleteAccountBody },
    responses: {
      204: 'Deleted; the session cookie is cleared.',
      401: 'Wrong password (`invalid_credentials`).',
      409: 'The only admin (`last_admin`).',
      429: 'Too many failed attempts; `Retry-After` says when to try again.',
    },
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
    description:
      'For its learner, an admin, or an instructor of a cohort the learner is in (recorded in the audit log).',
    access: 'signed-in',
    responses: {
      200: '`{ session }` with its turns and the instructors’ `comments`.',
      404: 'No such session that you may read.',
    },
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
    description:
      'The same readers as the session itself. Each item carries `reviews`: instructors’ verdicts beside its automatic score.',
    access: 'signed-in',
    responses: {
      200: 'The report.',
      202: 'Still being graded: `{ status }`; `Retry-After` says when to ask again.',
      404: 'No such session that you may read.',
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
    method: 'post',
    path: '/api/cohorts',
    tag: 'Cohorts',
    summary: 'Create a cohort',
    description: 'The creator becomes its instructor. The invite code is random and URL-safe.',
    access: 'instructor',
    body: { schema: cohortBody },
    responses: { 201: '`{ cohort: { id, name, inviteCode, createdAt } }`.' },
  },
  {
    method: 'get',
    path: '/api/cohorts',
    tag: 'Cohorts',
    summary: 'The caller’s cohorts',
    description:
      'An admin’s: every cohort; an instructor’s: those they instruct (with invite codes); a learner’s: those they joined (without).',
    access: 'signed-in',
    responses: { 200: '`{ cohorts }`.' },
  },
  {
    method: 'post',
    path: '/api/cohorts/join',
    tag: 'Cohorts',
    summary: 'Join a cohort with its invite code',
    description: 'Joining twice changes nothing.',
    access: 'learner',
    body: { schema: joinBody },
    responses: { 200: '`{ cohort: { id, name, createdAt } }`.', 404: 'No cohort has that code.' },
  },
  {
    method: 'get',
    path: '/api/cohorts/{id}',
    tag: 'Cohorts',
    summary: 'A cohort and a summary of each learner',
    description:
      'For its instructors and admins; recorded in the audit log. Each learner: `{ id, name, sessions, lastActiveAt, skills }`.',
    access: 'instructor',
    responses: {
      200: '`{ cohort: { id, name, inviteCode, createdAt, instructors }, learners }`.',
      404: 'No such cohort, or not one you instruct.',
    },
  },
  {
    method: 'post',
    path: '/api/cohorts/{id}/instructors',
    tag: 'Cohorts',
    summary: 'Add an instructor to a cohort',
    description:
      'By an admin or an instructor of the cohort. The new instructor must hold the instructor or admin role.',
    access: 'instructor',
    body: { schema: instructorBody },
    responses: {
      200: 'Already an instructor of it: `{ instructors }`.',
      201: 'Added: `{ instructors }`.',
      404: 'No such cohort of yours, or no such user.',
      409: 'That user is a learner (`not_instructor`).',
    },
  },
  {
    method: 'post',
    path: '/api/cohorts/{id}/assignments',
    tag: 'Cohorts',
    summary: 'Set a scenario for a cohort',
    description: 'By its instructors and admins. `dueAt` is an ISO 8601 date and time with its offset.',
    access: 'instructor',
    body: { schema: assignmentBody },
    responses: {
      201: '`{ assignment }`.',
      404: 'No such cohort of yours, or no such scenario (at that level).',
    },
  },
  {
    method: 'get',
    path: '/api/cohorts/{id}/assignments',
    tag: 'Cohorts',
    summary: 'A cohort’s assignments',
    access: 'instructor',
    responses: { 200: '`{ assignments }`, oldest first.', 404: 'No such cohort of yours.' },
  },
  {
    method: 'get',
    path: '/api/cohorts/{id}/learners/{userId}/progress',
    tag: 'Cohorts',
    summary: 'A learner’s skills and next practice, read through a cohort',
    description:
      'For the learner, an admin, or an instructor of the cohort, when the learner is in it; recorded in the audit log unless it is the learner.',
    access: 'signed-in',
    responses: { 200: 'The progress, as the learner sees it.', 404: 'No such learner in a cohort of yours.' },
  },
  {
    method: 'get',
    path: '/api/cohorts/{id}/learners/{userId}/sessions',
    tag: 'Cohorts',
    summary: 'A learner’s sessions, read through a cohort',
    description: 'The same people as for progress; recorded in the audit log unless it is the learner.',
    access: 'signed-in',
    responses: { 200: '`{ sessions }`, newest first.', 404: 'No such learner in a cohort of yours.' },
  },
  {
    method: 'get',
    path: '/api/assignments',
    tag: 'Cohorts',
    summary: 'The caller’s assignments, with where they stand',
    description:
      'From every cohort the caller joined. `status`: `not_started`, `in_progress`, `completed` (a graded session on the scenario, at its level if it names one, since it was set) or `overdue` (past `dueAt` and not completed).',
    access: 'signed-in',
    responses: { 200: '`{ assignments }`.' },
  },
  {
    method: 'get',
    path: '/api/audit',
    tag: 'Users',
    summary: 'Who read whose data',
    description:
      'Newest first. `next` is the `before` of the following page (null at the end). Each event: `{ id, at, action, actor, subject, targetId }`.',
    access: 'admin',
    query: auditQuery,
    responses: { 200: '`{ events, next }`.' },
  },
  {
    method: 'post',
    path: '/api/sessions/{id}/comments',
    tag: 'Instruction',
    summary: 'Comment on a turn of a learner’s session',
    description:
      'By an instructor of a cohort the learner is in, or an admin (recorded in the audit log). The learner sees comments with the session.',
    access: 'instructor',
    body: { schema: commentBody },
    responses: {
      201: '`{ comment: { id, turnIndex, text, createdAt, authorName } }`.',
      403: 'The session’s own learner.',
      404: 'No such session that you may comment on.',
    },
  },
  {
    method: 'put',
    path: '/api/sessions/{id}/report/items/{itemId}/review',
    tag: 'Instruction',
    summary: 'Agree with or correct the grader on one item',
    description:
      'One review per item per reviewer, replaced when sent again. `score` must be on the item’s scale (binary: 0 or 1; ordinal: 0, 0.5 or 1). The learner sees reviews beside the automatic score in the report.',
    access: 'instructor',
    body: { schema: reviewBody },
    responses: {
      200: '`{ review }`.',
      403: 'The session’s own learner.',
      404: 'No such session that you may review, no report yet, or no such item in it.',
      409: 'The session is still active.',
    },
  },
  {
    method: 'get',
    path: '/api/grader/agreement',
    tag: 'Instruction',
    summary: 'How often instructors agree with the grader',
    description: 'Per rubric item, across every review in this deployment.',
    access: 'instructor',
    responses: {
      200: '`{ items: [{ rubricId, itemId, title, reviewed, agreedShare }], reviewed, agreedShare }`.',
    },
  },
  {
    method: 'get',
    path: '/api/cohorts/{id}/overview',
    tag: 'Instruction',
    summary: 'A cohort’s overview',
    description:
      'Completion per assignment and overall, score bands per rubric item, the hardest items, skill ratings per week, and each learner’s sessions and trajectory. For its instructors and admins.',
    access: 'instructor',
    responses: {
      200: '`{ cohort, learners, completion, items: [{ rubricId, rubricTitle, itemId, title, sessions, mean, bands }], hardest, skillsOverTime, learnerSummaries }`; a title is null for a rubric or item no longer loaded.',
      404: 'No such cohort of yours.',
    },
  },
  {
    method: 'get',
    path: '/api/cohorts/{id}/export.csv',
    tag: 'Instruction',
    summary: 'A cohort’s results as CSV',
    description:
      'RFC 4180, one row per ended session: learner, scenario, level, started, ended, left, then each rubric’s overall and item scores (a column for every item seen in the cohort).',
    access: 'instructor',
    produces: ['text/csv'],
    responses: { 200: 'The CSV file, as an attachment.', 404: 'No such cohort of yours.' },
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
