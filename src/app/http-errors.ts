import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors/app-error';

/** What body parsing refused, as the GraphQL-over-HTTP answer a client can read. */
const REFUSALS: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the server accepts' },
  'charset.unsupported': { code: 'BAD_REQUEST', message: 'The request body charset is not supported' },
  'encoding.unsupported': { code: 'BAD_REQUEST', message: 'The request body encoding is not supported' },
  'request.aborted': { code: 'BAD_REQUEST', message: 'The request was aborted' },
};

/**
 * The last handler: an error that reached Express (a body parser's refusal, a fault in a route)
 * is answered as JSON `{ errors: [...] }` with the HTTP status, never as an HTML page or a stack.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { type, status } = error as { type?: string; status?: number };
    const refusal = type ? REFUSALS[type] : undefined;
    if (!refusal) logger.error({ err: error }, 'request failed');
    const code = refusal?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
    const message = refusal?.message ?? 'Internal server error';
    res
      .status(refusal && status && status >= 400 && status < 500 ? status : 500)
      .json({ errors: [{ message, extensions: { code } }] });
  };
}
