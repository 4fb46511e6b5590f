import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  /** Paths requested, in order (robots.txt included). */
  requests: string[];
  /** Request headers by path, last request wins. */
  headers: Map<string, http.IncomingHttpHeaders>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a free port: tests never touch the real network. */
export async function startServer(handler: Handler): Promise<FixtureServer> {
  const requests: string[] = [];
  const headers = new Map<string, http.IncomingHttpHeaders>();
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    headers.set(req.url ?? '', req.headers);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    headers,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export function send(res: http.ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}
