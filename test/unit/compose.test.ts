/**
 * docker-compose.yml and the Dockerfile as written (no Docker engine runs here): the Neo4j service passes only
 * variables Neo4j 5 accepts, the healthcheck needs no stray NEO4J_* variable, the API gets what it needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { SETTING_NAMES } from '../../src/config.js';

/** Variables the Neo4j 5 image's entrypoint reads itself; it turns every other NEO4J_* variable into a setting. */
const ENTRYPOINT_VARIABLES = new Set(['NEO4J_AUTH', 'NEO4J_AUTH_PATH', 'NEO4J_ACCEPT_LICENSE_AGREEMENT', 'NEO4J_PLUGINS', 'NEO4J_DEBUG', 'NEO4J_SHUTDOWN_TIMEOUT']);
/**
 * Neo4j 5 settings (Operations Manual, configuration settings) this project may pass. Strict validation
 * (server.config.strict_validation.enabled, on by default) stops the server on any name it does not know: add a
 * setting here only after checking its name in the manual.
 */
const NEO4J_SETTINGS = new Set([
  'server.memory.heap.initial_size',
  'server.memory.heap.max_size',
  'server.memory.pagecache.size',
  'server.default_listen_address',
  'server.default_advertised_address',
  'server.bolt.listen_address',
  'server.http.listen_address',
  'db.tx_log.rotation.retention_policy',
  'db.transaction.timeout',
  'dbms.security.auth_enabled',
  'initial.dbms.default_database',
]);

/** The entrypoint's mapping: strip NEO4J_, '_' becomes '.', '__' becomes '_'. */
const settingOf = (variable: string): string =>
  variable.replace(/^NEO4J_/, '').replace(/__/g, '\u0000').replace(/_/g, '.').replace(/\u0000/g, '_');

const unknownNeo4jVariables = (names: readonly string[]): string[] =>
  names.filter((name) => name.startsWith('NEO4J_') && !ENTRYPOINT_VARIABLES.has(name) && !NEO4J_SETTINGS.has(settingOf(name)));

const Environment = z.union([z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])), z.array(z.string())]);
const Service = z.object({
  image: z.string().optional(),
  environment: Environment.default({}),
  volumes: z.array(z.string()).default([]),
  healthcheck: z.object({ test: z.union([z.string(), z.array(z.string())]) }).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
});
const Compose = z.object({ services: z.object({ neo4j: Service, api: Service }) });

const compose = Compose.parse(parse(readFileSync('docker-compose.yml', 'utf8')));
const names = (environment: z.infer<typeof Environment>): string[] =>
  Array.isArray(environment) ? environment.map((entry) => entry.split('=')[0] as string) : Object.keys(environment);
const healthcheckText = (service: z.infer<typeof Service>): string => [service.healthcheck?.test ?? []].flat().join(' ');

describe('docker-compose.yml', () => {
  it('reads the entrypoint mapping the way Neo4j does, and flags what Neo4j would refuse', () => {
    expect(settingOf('NEO4J_server_memory_heap_max__size')).toBe('server.memory.heap.max_size');
    expect(unknownNeo4jVariables(['NEO4J_PASSWORD', 'NEO4J_AUTH', 'NEO4J_server_memory_pagecache_size'])).toEqual(['NEO4J_PASSWORD']);
  });

  it('passes the neo4j service only NEO4J_* variables its entrypoint reads or Neo4j 5 knows as settings', () => {
    const neo4j = names(compose.services.neo4j.environment);
    expect(neo4j).toContain('NEO4J_AUTH');
    expect(unknownNeo4jVariables(neo4j)).toEqual([]);
  });

  it('checks Neo4j health with the password from NEO4J_AUTH, and starts the API once Neo4j is healthy', () => {
    const test = healthcheckText(compose.services.neo4j);
    expect(test).toContain('cypher-shell');
    expect(test).toContain('NEO4J_AUTH');
    expect(test).not.toMatch(/NEO4J_PASSWORD/);
    expect(compose.services.api.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('passes the API only settings it knows, with the token, the model and its cache', () => {
    const api = names(compose.services.api.environment);
    expect(api.filter((name) => !SETTING_NAMES.includes(name))).toEqual([]);
    expect(api).toEqual(expect.arrayContaining(['NEO4J_URI', 'NEO4J_PASSWORD', 'API_TOKEN', 'EMBEDDING_MODEL', 'MODELS_DIR']));
    // "source:target[:mode]", where the source may be an interpolation such as ${MODELS_HOST_DIR:-./models}.
    const targets = compose.services.api.volumes.map((volume) => volume.replace(/\$\{[^}]*\}/g, 'source').split(':')[1]);
    expect(targets).toEqual(expect.arrayContaining(['/data', '/data/models-cache', '/models']));
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');

  it('runs on Node 24 with the CUDA download skipped, and can bake a model', () => {
    expect(dockerfile).toMatch(/^FROM node:24-slim$/m);
    expect(dockerfile).toMatch(/ONNXRUNTIME_NODE_INSTALL_CUDA=skip/);
    expect(dockerfile).toMatch(/^ARG BAKE_MODEL=/m);
  });
});
