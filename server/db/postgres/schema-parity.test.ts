// The Postgres schema must describe the same tables as the SQLite one, column for column, so that stores written
// once work on either database. A change to ../schema.ts without its twin here fails this test.

import { type Column, getTableColumns, is, type Table } from 'drizzle-orm';
import { PgTable, getTableConfig as pgTableConfig } from 'drizzle-orm/pg-core';
import { SQLiteTable, getTableConfig as sqliteTableConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as sqliteSchema from '../schema.ts';
import * as pgSchema from './schema.ts';

/** The Postgres column kind that stands for each SQLite one. */
const PG_KIND_OF: Record<string, string> = {
  SQLiteText: 'PgText',
  SQLiteTextJson: 'PgJsonb',
  SQLiteInteger: 'PgInteger',
  SQLiteBoolean: 'PgBoolean',
  SQLiteReal: 'PgDoublePrecision',
};

interface TableShape {
  name: string;
  columns: Record<string, Record<string, unknown>>;
  primaryKeys: string[][];
  indexes: Record<string, unknown>[];
  foreignKeys: Record<string, unknown>[];
}

function columnShape(column: Column, kind: string): Record<string, unknown> {
  return {
    name: column.name,
    kind,
    notNull: column.notNull,
    primary: column.primary,
    hasDefault: column.hasDefault,
    unique: column.isUnique,
    enumValues: column.enumValues ?? null,
  };
}

const names = (columns: { name: string }[]) => columns.map((column) => column.name);
const byName = (a: { name?: string }, b: { name?: string }) => String(a.name).localeCompare(String(b.name));

function sqliteShape(table: Table): TableShape {
  const config = sqliteTableConfig(table as InstanceType<typeof SQLiteTable>);
  const columns = Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => [
      key,
      columnShape(column, PG_KIND_OF[column.columnType] ?? `unmapped ${column.columnType}`),
    ]),
  );
  return {
    name: config.name,
    columns,
    primaryKeys: config.primaryKeys.map((key) => names(key.columns)),
    indexes: config.indexes
      .map(({ config: index }) => ({
        name: index.name,
        columns: names(index.columns as Column[]),
        unique: index.unique,
      }))
      .sort(byName),
    foreignKeys: config.foreignKeys
      .map((key) => {
        const reference = key.reference();
        return {
          name: key.getName(),
          columns: names(reference.columns),
          foreignTable: sqliteTableConfig(reference.foreignTable).name,
          foreignColumns: names(reference.foreignColumns),
          onDelete: key.onDelete ?? 'no action',
        };
      })
      .sort(byName),
  };
}

function pgShape(table: Table): TableShape {
  const config = pgTableConfig(table as InstanceType<typeof PgTable>);
  const columns = Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => [
      key,
      columnShape(column, column.columnType),
    ]),
  );
  return {
    name: config.name,
    columns,
    primaryKeys: config.primaryKeys.map((key) => names(key.columns)),
    indexes: config.indexes
      .map(({ config: index }) => ({
        name: index.name,
        columns: names(index.columns as Column[]),
        unique: index.unique,
      }))
      .sort(byName),
    foreignKeys: config.foreignKeys
      .map((key) => {
        const reference = key.reference();
        return {
          name: key.getName(),
          columns: names(reference.columns),
          foreignTable: pgTableConfig(reference.foreignTable).name,
          foreignColumns: names(reference.foreignColumns),
          onDelete: key.onDelete ?? 'no action',
        };
      })
      .sort(byName),
  };
}

const sqliteTables = Object.fromEntries(
  Object.entries(sqliteSchema).flatMap(([key, value]) => (is(value, SQLiteTable) ? [[key, value]] : [])),
);
const pgTables = Object.fromEntries(
  Object.entries(pgSchema).flatMap(([key, value]) => (is(value, PgTable) ? [[key, value]] : [])),
);

describe('Postgres schema parity', () => {
  it('exports the same tables under the same names', () => {
    expect(Object.keys(sqliteTables).length).toBeGreaterThan(0);
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
  });

  for (const [key, sqliteTable] of Object.entries(sqliteTables)) {
    it(`mirrors ${key}: table, columns, property names, nullability, keys and indexes`, () => {
      const pgTable = pgTables[key];
      expect(pgTable, `postgres/schema.ts has no ${key}`).toBeDefined();
      if (!pgTable) return;
      expect(pgShape(pgTable)).toEqual(sqliteShape(sqliteTable));
    });
  }
});

// Rows read from either database have the same type: checked by the compiler (npm run typecheck), not at run time.
type SqliteModule = typeof sqliteSchema;
type PgModule = typeof pgSchema;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SelectOf<T> = T extends Table ? T['$inferSelect'] : never;
/** Names of the tables whose row types differ between the two schemas (never, when all agree). */
type RowMismatch = {
  [K in keyof SqliteModule & keyof PgModule]: Same<
    SelectOf<SqliteModule[K]>,
    SelectOf<PgModule[K]>
  > extends true
    ? never
    : K;
}[keyof SqliteModule & keyof PgModule];
type MissingExport =
  | Exclude<keyof SqliteModule, keyof PgModule>
  | Exclude<keyof PgModule, keyof SqliteModule>;
type Disagreement =
  | `row type differs: ${RowMismatch & string}`
  | `exported by one schema only: ${MissingExport & string}`;
const rowTypesAgree: [Disagreement] extends [never] ? true : Disagreement = true;
void rowTypesAgree;
