import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { testScenarioInput } from '../fixtures/test-scenario.ts';
import { startServer } from '../support/start-server.ts';

const run = promisify(execFile);
const BIN = resolve('server/bin.mjs');

function contentDir(scenario: Record<string, unknown>, name = 'test-scene.yaml'): string {
  const root = mkdtempSync(join(tmpdir(), 'bedside-content-'));
  mkdirSync(join(root, 'prompts', 'scenarios'), { recursive: true });
  mkdirSync(join(root, 'rubrics'));
  writeFileSync(join(root, 'prompts', 'scenarios', name), stringify(scenario));
  return root;
}

function brokenScenario(): Record<string, unknown> {
  const input = testScenarioInput() as any;
  input.characters[0].emotion.baseline.trust = 'high';
  return input;
}

describe('scenario validation', () => {
  it('bedside lint passes the shipped content', async () => {
    const { stdout } = await run('node', [BIN, 'lint']);
    expect(stdout).toMatch(/All \d+ content file\(s\) are valid/);
  });

  it('bedside lint names the file, the field and what was expected, and exits 1', async () => {
    const root = contentDir(brokenScenario());
    const failure = await run('node', [BIN, 'lint'], { cwd: root }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('prompts/scenarios/test-scene.yaml');
    expect(failure.stderr).toMatch(/characters\.0\.emotion\.baseline\.trust: .*expected number/i);
  });

  it('a voice that is not a short name is an error naming the field and what a voice looks like', async () => {
    const input = testScenarioInput() as any;
    input.characters[1].voice = 'a warm, tired voice';
    const failure = await run('node', [BIN, 'lint'], { cwd: contentDir(input) }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('prompts/scenarios/test-scene.yaml');
    expect(failure.stderr).toMatch(/characters\.1\.voice: a voice name of 1 to 64 letters.*such as "coral"/);
  });

  it('a valid file passes lint in a fresh folder', async () => {
    const { stdout } = await run('node', [BIN, 'lint'], { cwd: contentDir(testScenarioInput()) });
    expect(stdout).toContain('ok  prompts/scenarios/test-scene');
  });

  it('reports topic coverage, and fails a scenario whose characters cannot speak to the common topics', async () => {
    const { stdout } = await run('node', [BIN, 'lint'], { cwd: contentDir(testScenarioInput()) });
    expect(stdout).toMatch(
      /pat: \d+\/18 topics, \d+\/\d+ topic×band cells with lines of their own; no lines on safety, plan/,
    );
    const input = testScenarioInput() as { characters: { topics: Record<string, unknown> }[] };
    delete input.characters[1]?.topics.fears;
    delete input.characters[1]?.topics.support;
    const failure = await run('node', [BIN, 'lint'], { cwd: contentDir(input) }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(
      /characters\.1\.topics: lines for fears, support \(every relative needs them\)/,
    );
  });

  it('an id that does not match the file name is an error', async () => {
    const root = contentDir(testScenarioInput(), 'other-name.yaml');
    const failure = await run('node', [BIN, 'lint'], { cwd: root }).catch((error) => error);
    expect(failure.stderr).toMatch(/id: expected "other-name"/);
  });

  it('an invalid scenario file stops the server from starting, naming the file and field', async () => {
    const root = contentDir(brokenScenario());
    await expect(startServer({ scenariosDir: join(root, 'prompts', 'scenarios') })).rejects.toThrow(
      /test-scene\.yaml[\s\S]*characters\.0\.emotion\.baseline\.trust/,
    );
  });
});
