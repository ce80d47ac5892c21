CREATE TABLE `cohort_retained_scores` (
	`cohort_id` text NOT NULL,
	`rubric_id` text NOT NULL,
	`item_id` text NOT NULL,
	`band` integer NOT NULL,
	`sessions` integer NOT NULL,
	`score_sum` real NOT NULL,
	PRIMARY KEY(`cohort_id`, `rubric_id`, `item_id`, `band`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `item_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`rubric_id` text NOT NULL,
	`item_id` text NOT NULL,
	`reviewer_id` text,
	`agree` integer NOT NULL,
	`automatic_score` real,
	`score` real,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_reviews_one_per_reviewer_uq` ON `item_reviews` (`session_id`,`rubric_id`,`item_id`,`reviewer_id`);--> statement-breakpoint
CREATE INDEX `item_reviews_item_idx` ON `item_reviews` (`rubric_id`,`item_id`);--> statement-breakpoint
CREATE TABLE `report_item_scores` (
	`session_id` text NOT NULL,
	`rubric_id` text NOT NULL,
	`item_id` text NOT NULL,
	`score` real,
	PRIMARY KEY(`session_id`, `rubric_id`, `item_id`),
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report_rubric_scores` (
	`session_id` text NOT NULL,
	`rubric_id` text NOT NULL,
	`overall` real,
	PRIMARY KEY(`session_id`, `rubric_id`),
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `session_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`author_id` text,
	`turn_index` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `session_comments_session_idx` ON `session_comments` (`session_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `xapi_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`statement` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`lease_owner` text,
	`lease_until` text,
	`last_error` text,
	`created_at` text NOT NULL,
	`delivered_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `xapi_outbox_due_idx` ON `xapi_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `xapi_outbox_user_idx` ON `xapi_outbox` (`user_id`);