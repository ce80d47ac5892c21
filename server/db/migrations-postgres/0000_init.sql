CREATE TABLE "auth_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" text NOT NULL,
	"created_at" text DEFAULT to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grading_jobs" (
	"session_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"lease_owner" text,
	"lease_until" text,
	"report" jsonb,
	"judge_prompt_tokens" integer,
	"judge_completion_tokens" integer,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"difficulty" integer NOT NULL,
	"status" text NOT NULL,
	"left_reason" text,
	"present_characters" jsonb NOT NULL,
	"initial_affect" jsonb NOT NULL,
	"created_at" text NOT NULL,
	"ended_at" text,
	"turn_holder" text,
	"turn_held_until" text
);
--> statement-breakpoint
CREATE TABLE "scenario_ratings" (
	"scenario_id" text NOT NULL,
	"difficulty" integer NOT NULL,
	"rating" double precision NOT NULL,
	"uncertainty" double precision NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "scenario_ratings_scenario_id_difficulty_pk" PRIMARY KEY("scenario_id","difficulty")
);
--> statement-breakpoint
CREATE TABLE "skill_rating_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "skill_rating_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"skill" text NOT NULL,
	"session_id" text,
	"outcome" double precision,
	"rating" double precision NOT NULL,
	"uncertainty" double precision NOT NULL,
	"at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_ratings" (
	"user_id" text NOT NULL,
	"skill" text NOT NULL,
	"rating" double precision NOT NULL,
	"uncertainty" double precision NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	"updated_at" text NOT NULL,
	CONSTRAINT "skill_ratings_user_id_skill_pk" PRIMARY KEY("user_id","skill")
);
--> statement-breakpoint
CREATE TABLE "turns" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "turns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" text NOT NULL,
	"turn_index" integer NOT NULL,
	"speaker" text NOT NULL,
	"text" text NOT NULL,
	"acts" jsonb NOT NULL,
	"affect" jsonb NOT NULL,
	"source" text NOT NULL,
	"interrupted" boolean DEFAULT false NOT NULL,
	"model" text,
	"prompt_tokens" integer,
	"completion_tokens" integer,
	"first_token_ms" double precision,
	"last_token_ms" double precision,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" text NOT NULL,
	"completed_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_at" text DEFAULT to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grading_jobs" ADD CONSTRAINT "grading_jobs_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_rating_history" ADD CONSTRAINT "skill_rating_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_rating_history" ADD CONSTRAINT "skill_rating_history_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_ratings" ADD CONSTRAINT "skill_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turns" ADD CONSTRAINT "turns_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "grading_jobs_status_idx" ON "grading_jobs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "practice_sessions_user_idx" ON "practice_sessions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "skill_rating_history_user_idx" ON "skill_rating_history" USING btree ("user_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "turns_session_index_uq" ON "turns" USING btree ("session_id","turn_index");