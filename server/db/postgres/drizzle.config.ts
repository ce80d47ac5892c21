// drizzle-kit settings for the Postgres migrations (`npm run db:generate:postgres`); ../drizzle.config.ts is SQLite's.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/postgres/schema.ts',
  out: './server/db/migrations-postgres',
});
