/**
 * Where tests find their inputs. The seed corpus is the project's own copy (corpus/, identical to
 * ../shared/corpus/seeds*); ../shared is the read-only folder CI lays beside the clone (real-world documents,
 * scorers, gold), which a user's fresh clone does not have.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);
export const SEED_TXT = fileURLToPath(new URL('corpus/txt/', ROOT));
export const SEED_PDF = fileURLToPath(new URL('corpus/pdf/', ROOT));
export const SEED_DOCX = fileURLToPath(new URL('corpus/docx/', ROOT));

/** The absolute path of `relative` inside ../shared. */
export const sharedPath = (relative: string): string => fileURLToPath(new URL(relative, new URL('../shared/', ROOT)));

/** True when ../shared/<relative> is absent, after saying on one line what is skipped and why. */
export function missingShared(relative: string, what: string): boolean {
  if (existsSync(sharedPath(relative))) return false;
  console.warn(`skipped: ${what} needs ../shared/${relative}, which is not beside this clone (CI has it)`);
  return true;
}
