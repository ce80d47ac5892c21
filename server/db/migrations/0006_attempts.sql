CREATE TABLE `attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`scope` text NOT NULL,
	`key_hash` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attempts_scope_key_at_idx` ON `attempts` (`scope`,`key_hash`,`at`);