import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './statement-cache.ts';

function connection(): Database.Database {
  const sqlite = new Database(':memory:');
  sqlite.exec('create table t (id integer primary key, name text)');
  sqlite.exec("insert into t (name) values ('a'), ('b')");
  cacheStatements(sqlite);
  return sqlite;
}

describe('the statement cache', () => {
  it('hands back the statement already compiled for the same SQL', () => {
    const sqlite = connection();
    const first = sqlite.prepare('select name from t where id = ?');
    expect(sqlite.prepare('select name from t where id = ?')).toBe(first);
    expect(sqlite.prepare('select id from t')).not.toBe(first);
    expect(first.get(2)).toEqual({ name: 'b' });
  });

  it('gives each caller rows as objects, whatever the last caller asked for', () => {
    const sqlite = connection();
    expect(sqlite.prepare('select id, name from t order by id').raw().all()).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(sqlite.prepare('select id, name from t order by id').all()).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ]);
    expect(sqlite.prepare("insert into t (name) values ('c')").run().changes).toBe(1);
  });

  it('compiles afresh while the kept statement is still being iterated', () => {
    const sqlite = connection();
    const names: string[] = [];
    for (const row of sqlite.prepare('select name from t order by id').iterate() as Iterable<{
      name: string;
    }>) {
      names.push(
        ...sqlite
          .prepare('select name from t order by id')
          .all()
          .map((r) => (r as { name: string }).name),
      );
      names.push(row.name);
    }
    expect(names).toEqual(['a', 'b', 'a', 'a', 'b', 'b']);
  });
});
