import type { Logger } from 'pino';
import type { EventBus, Listening } from './event-bus';
import { topics } from './events';

/** The WebSocket close code graphql-ws uses for a refused session (its `Forbidden`). */
export const SESSION_CLOSED = 4403;

/** The longest delay setTimeout takes; a later expiry is checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the registry needs of a socket. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

interface UserSockets {
  sockets: Map<ClosableSocket, NodeJS.Timeout>;
  ended: Listening;
}

/**
 * The open WebSockets of this process by user. Each user with a socket here listens to their
 * session topic, so signing out everywhere, a suspension or a deletion on any instance closes
 * their sockets at once; a socket is also closed when its token expires.
 */
export class SocketSessions {
  private readonly users = new Map<string, UserSockets>();

  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  /** Registers a signed-in socket until `expiresAt`; resolves once its session events reach this process. */
  async add(userId: string, socket: ClosableSocket, expiresAt: Date): Promise<void> {
    let user = this.users.get(userId);
    if (!user) {
      user = { sockets: new Map(), ended: this.bus.listen(topics.session(userId)) };
      this.users.set(userId, user);
      void this.closeOnSessionEnd(userId, user);
    }
    user.sockets.set(socket, this.expiry(userId, socket, expiresAt));
    await user.ended.ready;
  }

  /** Forgets a closed socket. */
  remove(userId: string, socket: ClosableSocket): void {
    const user = this.users.get(userId);
    const timer = user?.sockets.get(socket);
    if (!user || !timer) return;
    clearTimeout(timer);
    user.sockets.delete(socket);
    if (user.sockets.size === 0) {
      this.users.delete(userId);
      void user.ended.return();
    }
  }

  /** Closes every socket of a user (their sessions ended). */
  closeAll(userId: string, reason: string): void {
    const user = this.users.get(userId);
    if (!user) return;
    for (const socket of [...user.sockets.keys()]) {
      this.remove(userId, socket);
      socket.close(SESSION_CLOSED, reason);
    }
  }

  private async closeOnSessionEnd(userId: string, user: UserSockets): Promise<void> {
    try {
      for await (const _event of user.ended) {
        this.logger.debug({ userId }, 'session ended; closing its sockets');
        this.closeAll(userId, 'Session ended');
      }
    } catch (err) {
      this.logger.warn({ err, userId }, 'listening for session ends failed');
    }
  }

  private expiry(userId: string, socket: ClosableSocket, expiresAt: Date): NodeJS.Timeout {
    const ms = expiresAt.getTime() - Date.now();
    const timer = setTimeout(
      () => {
        if (ms > MAX_TIMER_MS) {
          this.users.get(userId)?.sockets.set(socket, this.expiry(userId, socket, expiresAt));
          return;
        }
        this.remove(userId, socket);
        socket.close(SESSION_CLOSED, 'Token expired');
      },
      Math.max(0, Math.min(ms, MAX_TIMER_MS)),
    );
    timer.unref();
    return timer;
  }
}
