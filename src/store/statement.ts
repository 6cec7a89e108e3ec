import { z } from 'zod';
import { StoreError } from '../domain/errors.js';

export type Engine = 'grafeo' | 'neo4j';
export type StatementKind = 'read' | 'write';
export const ENGINES: readonly Engine[] = ['grafeo', 'neo4j'];

/**
 * One Cypher statement, declared once: its file (`cypher/<kind>/[<engine>/]<name>.cypher`, an engine folder
 * winning over the common file), the parameters it takes and the rows it returns. `GraphStore.run` checks both.
 */
export interface Statement<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType, N extends string = string> {
  readonly kind: StatementKind;
  readonly name: N;
  readonly params: P;
  readonly row: R;
  /** The engines that have a file for it (all, unless the statement exists for one engine only). */
  readonly engines: readonly Engine[];
}

export type ParamsOf<S extends Statement> = z.input<S['params']>;
export type RowOf<S extends Statement> = z.output<S['row']>;

/** Statements that return nothing: any row they did return would be a mistake in the file. */
export const NO_ROWS = z.never();

export const readStatement = <P extends z.ZodType, R extends z.ZodType, N extends string>(name: N, params: P, row: R, engines = ENGINES) =>
  ({ kind: 'read', name, params, row, engines }) satisfies Statement<P, R, N>;

export const writeStatement = <P extends z.ZodType, R extends z.ZodType, N extends string>(name: N, params: P, row: R, engines = ENGINES) =>
  ({ kind: 'write', name, params, row, engines }) satisfies Statement<P, R, N>;

/** A statement's parameters, validated: a caller's mistake, reported with the statement's name. */
export function statementParams<S extends Statement>(statement: S, params: ParamsOf<S>): Record<string, unknown> {
  const parsed = statement.params.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(`${statement.name}: bad parameter ${issue?.path.join('.')}: ${issue?.message}`, 'BAD_PARAMETERS');
  }
  return parsed.data as Record<string, unknown>;
}

/** Rows validated against the statement's row schema; a row of the wrong shape is a store fault, not a client one. */
export function statementRows<S extends Statement>(statement: S, rows: unknown[]): RowOf<S>[] {
  const parsed = z.array(statement.row).safeParse(rows);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(`${statement.name}: unexpected row shape at ${issue?.path.join('.')}: ${issue?.message}`, 'BAD_ROWS');
  }
  return parsed.data as RowOf<S>[];
}
