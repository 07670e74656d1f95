import type { Request, RequestHandler } from 'express';
import { isAdmin } from '../auth/rules';
import { CommonReason, ForbiddenError } from '../errors/app-error';
import type { Role } from '../modules/role/role';
import type { TrustedDocuments } from './trusted-documents';

/** A GraphQL-over-HTTP persisted document id: `sha256:` and the document's SHA-256 in hex. */
const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/** What a request carried as its document, once a registered hash was replaced by its text. */
type Sent =
  /** A registered hash, now the manifest's text. */
  | { kind: 'registered' }
  /** A document's text, with or without an APQ hash to register it under. */
  | { kind: 'text'; text: string }
  /** A hash the manifest does not list, left to APQ's cache. */
  | { kind: 'unknown hash' };

/** The request parameters of a JSON body or a GET query string. */
type Params = Record<string, unknown>;

const sentBy = new WeakMap<Request, Sent>();

const isRecord = (value: unknown): value is Params =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** FORBIDDEN (DOCUMENT_NOT_TRUSTED): TRUSTED_DOCUMENTS=strict and a document outside the manifest. */
export class DocumentNotTrustedError extends ForbiddenError {
  constructor() {
    super(
      CommonReason.DOCUMENT_NOT_TRUSTED,
      'Only the registered operations of the Aula apps run on this server; send one by its hash (admins and owners may send any document)',
    );
    // Answered like the same refusal of a field (200), as the introspection refusal is, not as a server fault.
    this.extensions.http = { status: 200 };
  }
}

/**
 * Puts the manifest's text in place of a registered hash in `params` (mutated): returns what the
 * request sent, the message of a malformed document id, or null when there is no document at all.
 */
function resolveDocument(trusted: TrustedDocuments, params: Params): Sent | string | null {
  const extensions = isRecord(params.extensions) ? params.extensions : undefined;
  if (params.documentId !== undefined) {
    if (params.query !== undefined) return 'Send either query or documentId, not both';
    const hash = typeof params.documentId === 'string' ? DOCUMENT_ID.exec(params.documentId)?.[1] : undefined;
    if (!hash) return 'documentId must be "sha256:" and the document\'s SHA-256 in lower-case hex';
    delete params.documentId;
    const text = trusted.text(hash);
    if (text !== undefined) {
      params.query = text;
      return { kind: 'registered' };
    }
    // Not registered: APQ's cache may know the hash (a document sent with it before), else PERSISTED_QUERY_NOT_FOUND.
    params.extensions = { ...extensions, persistedQuery: { version: 1, sha256Hash: hash } };
    return { kind: 'unknown hash' };
  }
  if (typeof params.query === 'string') return { kind: 'text', text: params.query };
  const persisted = extensions?.persistedQuery;
  if (!isRecord(persisted) || typeof persisted.sha256Hash !== 'string') return null;
  const text = persisted.version === 1 ? trusted.text(persisted.sha256Hash) : undefined;
  if (text === undefined) return { kind: 'unknown hash' };
  // Served from the manifest, not through APQ: a registered hash is never PERSISTED_QUERY_NOT_FOUND, and
  // APQ's cache keeps room for the documents only it knows.
  const { persistedQuery: _persistedQuery, ...rest } = extensions ?? {};
  params.query = text;
  params.extensions = rest;
  return { kind: 'registered' };
}

/** The same for a GET request: its query string is read, resolved and written back into `req.url`. */
function resolveQueryString(trusted: TrustedDocuments, req: Request): Sent | string | null {
  const at = req.url.indexOf('?');
  if (at < 0) return null;
  const search = new URLSearchParams(req.url.slice(at + 1));
  const params: Params = {};
  for (const key of ['query', 'documentId']) {
    const value = search.get(key);
    if (value !== null) params[key] = value;
  }
  const extensions = search.get('extensions');
  if (extensions !== null) {
    try {
      params.extensions = JSON.parse(extensions) as unknown;
    } catch {
      return null; // Apollo answers malformed extensions itself.
    }
  }
  const hadDocumentId = params.documentId !== undefined;
  const sent = resolveDocument(trusted, params);
  if (typeof sent === 'object' && sent !== null && (hadDocumentId || sent.kind === 'registered')) {
    for (const key of ['query', 'documentId', 'extensions']) {
      const value = params[key];
      if (value === undefined) search.delete(key);
      else search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    // Apollo's Express integration reads the query string from req.url (relative to /graphql).
    req.url = `${req.url.slice(0, at)}?${search.toString()}`;
  }
  return sent;
}

/**
 * Express middleware in front of Apollo (after express.json): a registered document sent by hash,
 * as `documentId: "sha256:<hex>"` or as APQ's `extensions.persistedQuery.sha256Hash`, in a POST
 * body or a GET query string, becomes the manifest's text before Apollo reads the request.
 */
export function persistedDocuments(trusted: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const sent =
      req.method === 'GET'
        ? resolveQueryString(trusted, req)
        : req.method === 'POST' && isRecord(body)
          ? resolveDocument(trusted, body)
          : null;
    if (typeof sent === 'string') {
      res.status(400).json({ errors: [{ message: sent, extensions: { code: 'BAD_REQUEST', reason: 'BAD_REQUEST' } }] });
      return;
    }
    if (sent) sentBy.set(req, sent);
    next();
  };
}

/**
 * TRUSTED_DOCUMENTS=strict: the refusal of a request whose document is not registered, sent by a
 * caller who is no admin or owner; null when it may run. Checked while the context is created, so
 * an untrusted document is neither parsed nor validated nor stored in APQ's cache.
 */
export function untrustedDocument(
  trusted: TrustedDocuments,
  req: Request,
  roles: readonly Role[],
): DocumentNotTrustedError | null {
  if (!trusted.strict || isAdmin(roles)) return null;
  const sent = sentBy.get(req);
  if (sent?.kind === 'registered' || (sent?.kind === 'text' && trusted.registers(sent.text))) return null;
  // Anything else is refused: no document, or a hash only APQ's cache knows (in strict mode only admins add to it).
  return new DocumentNotTrustedError();
}
