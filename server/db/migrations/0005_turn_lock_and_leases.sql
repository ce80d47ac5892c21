ALTER TABLE `grading_jobs` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `grading_jobs` ADD `lease_until` text;--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `turn_holder` text;--> statement-breakpoint
ALTER TABLE `practice_sessions` ADD `turn_held_until` text;