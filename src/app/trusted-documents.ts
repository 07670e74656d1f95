import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, type Env } from '../config/env';

/** A manifest key: the document's SHA-256 in hex, prefixed as GraphQL-over-HTTP document ids are. */
const MANIFEST_KEY = /^sha256:([0-9a-f]{64})$/;

/** The SHA-256 of a document's text in lower-case hex, as codegen, Apollo Client and APQ compute it. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The registered operations (client/operations/, hashed by `npm run codegen`), read once at start. */
export class TrustedDocuments {
  constructor(
    /** TRUSTED_DOCUMENTS=strict: only registered documents run, except for admins and owners. */
    readonly strict: boolean,
    private readonly byHash: ReadonlyMap<string, string>,
  ) {}

  get size(): number {
    return this.byHash.size;
  }

  /** The registered text whose SHA-256 is `hash` (64 hex digits, no prefix). */
  text(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  /** Every registered document's text (metrics take their operation names as the labels to keep). */
  texts(): IterableIterator<string> {
    return this.byHash.values();
  }

  /** Whether `text` is a registered document, byte for byte. */
  registers(text: string): boolean {
    return this.byHash.has(sha256Hex(text));
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * Reads TRUSTED_DOCUMENTS_FILE (relative to the working directory). A missing file stops a strict
 * start with a configuration error and is a warning otherwise; a malformed one always stops the start,
 * since a broken build artefact would otherwise show only as refused or unknown hashes.
 */
export function loadTrustedDocuments(
  env: Pick<Env, 'TRUSTED_DOCUMENTS' | 'TRUSTED_DOCUMENTS_FILE'>,
  logger: { warn(fields: { file: string }, message: string): void },
): TrustedDocuments {
  const strict = env.TRUSTED_DOCUMENTS === 'strict';
  const file = resolve(env.TRUSTED_DOCUMENTS_FILE);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if (!isMissing(error)) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConfigError([`TRUSTED_DOCUMENTS_FILE: cannot read ${file} (${reason})`]);
    }
    if (strict) {
      throw new ConfigError([
        `TRUSTED_DOCUMENTS_FILE: ${file} does not exist, and TRUSTED_DOCUMENTS=strict runs only its documents (npm run codegen writes it)`,
      ]);
    }
    logger.warn(
      { file },
      'no trusted-documents manifest: no documents are registered, operations sent by hash alone fall back to APQ (npm run codegen writes it)',
    );
    return new TrustedDocuments(false, new Map());
  }
  return new TrustedDocuments(strict, parseManifest(raw, file));
}

function parseManifest(raw: string, file: string): Map<string, string> {
  const bad = (why: string): ConfigError => new ConfigError([`TRUSTED_DOCUMENTS_FILE: ${file} ${why}`]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw bad('is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw bad('is not an object of "sha256:<hex>": document text');
  }
  const byHash = new Map<string, string>();
  for (const [key, text] of Object.entries(parsed as Record<string, unknown>)) {
    const hash = MANIFEST_KEY.exec(key)?.[1];
    if (!hash || typeof text !== 'string') {
      throw bad(`has an entry that is not "sha256:<64 hex digits>": document text (${key})`);
    }
    // A text edited by hand would sit under a hash no client computes: better refused at start than never matched.
    if (sha256Hex(text) !== hash) throw bad(`lists ${key} for a text of another SHA-256 (run npm run codegen)`);
    byHash.set(hash, text);
  }
  return byHash;
}
