import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnvironment, SETTING_NAMES } from '../../src/config.js';

const folder = mkdtempSync(join(tmpdir(), 'config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const problems = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('refuses a MODELS_DIR folder that does not exist, naming the setting and the folder', () => {
    const missing = join(folder, 'no-such-models');
    expect(problems({ MODELS_DIR: missing })).toEqual([`MODELS_DIR: folder ${missing} does not exist`]);
    expect(loadConfig({ MODELS_DIR: folder }).MODELS_DIR).toBe(folder);
  });

  it('names every bad setting at once', () => {
    const names = problems({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', API_TOKEN: 'short', LOG_LEVEL: 'loud' }).map(
      (problem) => problem.split(':')[0],
    );
    expect(names.sort()).toEqual(['API_TOKEN', 'LOG_LEVEL', 'NEO4J_URI', 'PORT']);
  });

  it('reads an empty value as unset, as .env files write it', () => {
    const config = loadConfig({ API_TOKEN: '', PORT: '', NEO4J_URI: '' });
    expect(config.API_TOKEN).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.NEO4J_URI).toBeUndefined();
  });
});

describe('readEnvironment', () => {
  const envFile = join(folder, 'settings.env');
  writeFileSync(envFile, '# comment\nPORT=4000\nLOG_LEVEL="warn"\nEMBEDDING_DTYPE=fp32\n');

  it('reads the file ENV_FILE names under the process environment, which wins', () => {
    const config = loadConfig(readEnvironment({ ENV_FILE: envFile, LOG_LEVEL: 'error' }));
    expect(config.PORT).toBe(4000);
    expect(config.EMBEDDING_DTYPE).toBe('fp32');
    expect(config.LOG_LEVEL).toBe('error');
  });

  it('accepts .env.example as it stands, which lists every setting and nothing else', () => {
    expect(() => loadConfig(readEnvironment({ ENV_FILE: '.env.example' }))).not.toThrow();
    expect(Object.keys(parseEnv(readFileSync('.env.example', 'utf8'))).sort()).toEqual([...SETTING_NAMES].sort());
  });

  it('reads no file when ENV_FILE is empty, and refuses a named file that does not exist', () => {
    expect(readEnvironment({ ENV_FILE: '', PORT: '1' })).toEqual({ ENV_FILE: '', PORT: '1' });
    expect(() => readEnvironment({ ENV_FILE: join(folder, 'missing.env') })).toThrow(/ENV_FILE: file .*missing\.env does not exist/);
  });
});
