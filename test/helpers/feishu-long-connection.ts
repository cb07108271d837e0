import protobuf from 'protobufjs';
import { WebSocketServer, type WebSocket } from 'ws';
import { freePort, waitFor } from './mock-server.js';

/**
 * A local stand-in for Feishu's long-connection gateway, speaking what node-sdk's `WSClient` speaks
 * (read from the SDK: `pbbp2.Frame` protobuf frames over a WebSocket; method 0 = control (ping /
 * pong), 1 = data; an event is a data frame with headers type=event, message_id, sum, seq,
 * trace_id and the event JSON as payload; the client answers on the same frame with
 * `{"code": 200, "data": base64(result)}`).
 */
const FRAME_PROTO = `
syntax = "proto2";
package pbbp2;
message Header { required string key = 1; required string value = 2; }
message Frame {
  required uint64 SeqID = 1;
  required uint64 LogID = 2;
  required int32 service = 3;
  required int32 method = 4;
  repeated Header headers = 5;
  optional string payload_encoding = 6;
  optional string payload_type = 7;
  optional bytes payload = 8;
  optional string LogIDNew = 9;
}`;
const Frame = protobuf.parse(FRAME_PROTO).root.lookupType('pbbp2.Frame');

interface FrameMessage {
  SeqID: number;
  LogID: number;
  service: number;
  method: number;
  headers: { key: string; value: string }[];
  payload?: Uint8Array;
}

export interface LongConnectionServer {
  /** The URL the mock endpoint hands out (a new ticket each time). */
  url(): string;
  readonly connections: WebSocket[];
  /** Pings received (the client's keep-alive). */
  readonly pings: number;
  /** Sends an event on the live connection; resolves with the client's answer (`data` decoded). */
  send(event: Record<string, unknown>): Promise<{ code: number; data?: unknown }>;
  /** Closes the live connection from the server side, as a gateway restart would. */
  drop(): void;
  close(): Promise<void>;
}

export async function startLongConnectionServer(): Promise<LongConnectionServer> {
  const port = await freePort();
  const server = new WebSocketServer({ host: '127.0.0.1', port });
  const connections: WebSocket[] = [];
  const answers = new Map<string, { code: number; data?: unknown }>();
  let pings = 0;
  let seq = 0;
  let tickets = 0;
  server.on('connection', (socket) => {
    connections.push(socket);
    socket.on('message', (raw: Buffer) => {
      const frame = Frame.toObject(Frame.decode(new Uint8Array(raw)), { longs: Number, bytes: Buffer }) as FrameMessage;
      const header = (key: string): string | undefined => frame.headers?.find((h) => h.key === key)?.value;
      if (frame.method === 0 && header('type') === 'ping') {
        pings++;
        const pong = {
          ...frame,
          headers: [{ key: 'type', value: 'pong' }],
          payload: Buffer.from(
            JSON.stringify({ PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 }),
          ),
        };
        socket.send(Frame.encode(Frame.fromObject(pong)).finish());
        return;
      }
      if (frame.method === 1) {
        const body = JSON.parse(Buffer.from(frame.payload ?? new Uint8Array()).toString('utf8')) as {
          code: number;
          data?: string;
        };
        answers.set(header('message_id') ?? '', {
          code: body.code,
          ...(body.data ? { data: JSON.parse(Buffer.from(body.data, 'base64').toString('utf8')) as unknown } : {}),
        });
      }
    });
  });
  const live = (): WebSocket => {
    const socket = [...connections].reverse().find((c) => c.readyState === c.OPEN);
    if (!socket) throw new Error('no open long connection');
    return socket;
  };
  return {
    url: () => `ws://127.0.0.1:${port}/ws?device_id=device-1&service_id=7&ticket=${++tickets}`,
    connections,
    get pings() {
      return pings;
    },
    async send(event) {
      const id = `msg-${++seq}`;
      const frame = {
        SeqID: seq,
        LogID: seq,
        service: 7,
        method: 1,
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: id },
          { key: 'sum', value: '1' },
          { key: 'seq', value: '0' },
          { key: 'trace_id', value: `trace-${seq}` },
        ],
        payload: Buffer.from(JSON.stringify(event), 'utf8'),
      };
      live().send(Frame.encode(Frame.fromObject(frame)).finish());
      // Wide: the bot's first answer loads its search on a machine the rest of the suite keeps busy
      // (a fresh clone's CI run once took over 10 s); no deadline is checked here.
      return waitFor(() => answers.get(id), 30_000, `the answer to ${id}`);
    },
    drop() {
      live().close(1001, 'gateway restart');
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of connections) c.terminate();
        server.close(() => resolve());
      }),
  };
}
