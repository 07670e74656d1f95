import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { RequestHandler } from 'express';

/**
 * After it stops accepting, the server waits this long before closing idle keep-alive connections:
 * a request a client had already sent on one may still sit unread in the socket, and would be lost.
 */
const IDLE_LINGER_MS = 200;
/** How often a drain closes the connections that became idle. */
const SWEEP_MS = 50;

/** Whether the server is shutting down; read by /readyz and by every response. */
export interface Serving {
  draining: boolean;
}

/** While draining, every answer asks the client to close its connection, so none is left for a new request. */
export function closeWhileDraining(serving: Serving): RequestHandler {
  return (_req, res, next) => {
    if (serving.draining) res.setHeader('connection', 'close');
    next();
  };
}

/**
 * Stops accepting connections and answers every request the server has taken in, including ones
 * sent on an idle keep-alive connection but not read yet; resolves once every connection is closed.
 * What still runs after `timeoutMs` is cut off.
 */
export async function drainHttp(server: Server, timeoutMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    // net.Server#close only stops accepting; http.Server#close would also drop idle keep-alive
    // connections at once, and with them requests already sent on them.
    NetServer.prototype.close.call(server, () => resolve());
  });
  await new Promise((resolve) => setTimeout(resolve, IDLE_LINGER_MS));
  const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
  server.closeIdleConnections();
  const cutOff = setTimeout(() => server.closeAllConnections(), Math.max(0, timeoutMs - IDLE_LINGER_MS));
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cutOff);
  }
}
