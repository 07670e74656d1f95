import { createServer, connect, type Server, type Socket } from 'node:net';

/** A TCP proxy to PostgreSQL that the test can cut and restore, to play an outage. */
export class Outage {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** Called with each client connection before its bytes flow (a subclass may watch them). */
  protected observe(_client: Socket): void {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      this.observe(client);
      client.pipe(upstream).pipe(client);
    });
    // The same port again after `down`, so pools pointed at the proxy reconnect to it.
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
