CREATE TABLE "cohort_retained_scores" (
	"cohort_id" text NOT NULL,
	"rubric_id" text NOT NULL,
	"item_id" text NOT NULL,
	"band" integer NOT NULL,
	"sessions" integer NOT NULL,
	"score_sum" double precision NOT NULL,
	CONSTRAINT "cohort_retained_scores_cohort_id_rubric_id_item_id_band_pk" PRIMARY KEY("cohort_id","rubric_id","item_id","band")
);
--> statement-breakpoint
CREATE TABLE "item_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"rubric_id" text NOT NULL,
	"item_id" text NOT NULL,
	"reviewer_id" text,
	"agree" boolean NOT NULL,
	"automatic_score" double precision,
	"score" double precision,
	"note" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_item_scores" (
	"session_id" text NOT NULL,
	"rubric_id" text NOT NULL,
	"item_id" text NOT NULL,
	"score" double precision,
	CONSTRAINT "report_item_scores_session_id_rubric_id_item_id_pk" PRIMARY KEY("session_id","rubric_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "report_rubric_scores" (
	"session_id" text NOT NULL,
	"rubric_id" text NOT NULL,
	"overall" double precision,
	CONSTRAINT "report_rubric_scores_session_id_rubric_id_pk" PRIMARY KEY("session_id","rubric_id")
);
--> statement-breakpoint
CREATE TABLE "session_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"author_id" text,
	"turn_index" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "xapi_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"statement" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" text NOT NULL,
	"lease_owner" text,
	"lease_until" text,
	"last_error" text,
	"created_at" text NOT NULL,
	"delivered_at" text
);
--> statement-breakpoint
ALTER TABLE "cohort_retained_scores" ADD CONSTRAINT "cohort_retained_scores_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_reviews" ADD CONSTRAINT "item_reviews_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_reviews" ADD CONSTRAINT "item_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_scores" ADD CONSTRAINT "report_item_scores_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rubric_scores" ADD CONSTRAINT "report_rubric_scores_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_comments" ADD CONSTRAINT "session_comments_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_comments" ADD CONSTRAINT "session_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xapi_outbox" ADD CONSTRAINT "xapi_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "item_reviews_one_per_reviewer_uq" ON "item_reviews" USING btree ("session_id","rubric_id","item_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "item_reviews_item_idx" ON "item_reviews" USING btree ("rubric_id","item_id");--> statement-breakpoint
CREATE INDEX "session_comments_session_idx" ON "session_comments" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "xapi_outbox_due_idx" ON "xapi_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "xapi_outbox_user_idx" ON "xapi_outbox" USING btree ("user_id");