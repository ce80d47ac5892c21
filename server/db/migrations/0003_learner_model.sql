CREATE TABLE `scenario_ratings` (
	`scenario_id` text NOT NULL,
	`difficulty` integer NOT NULL,
	`rating` real NOT NULL,
	`uncertainty` real NOT NULL,
	`sessions` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scenario_id`, `difficulty`)
);
--> statement-breakpoint
CREATE TABLE `skill_rating_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`skill` text NOT NULL,
	`session_id` text,
	`outcome` real,
	`rating` real NOT NULL,
	`uncertainty` real NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `skill_rating_history_user_idx` ON `skill_rating_history` (`user_id`,`at`);--> statement-breakpoint
CREATE TABLE `skill_ratings` (
	`user_id` text NOT NULL,
	`skill` text NOT NULL,
	`rating` real NOT NULL,
	`uncertainty` real NOT NULL,
	`sessions` integer DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `skill`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
