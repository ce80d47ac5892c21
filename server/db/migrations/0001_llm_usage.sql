ALTER TABLE `turns` ADD `model` text;--> statement-breakpoint
ALTER TABLE `turns` ADD `prompt_tokens` integer;--> statement-breakpoint
ALTER TABLE `turns` ADD `completion_tokens` integer;--> statement-breakpoint
ALTER TABLE `turns` ADD `first_token_ms` real;--> statement-breakpoint
ALTER TABLE `turns` ADD `last_token_ms` real;