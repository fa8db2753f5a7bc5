/**
 * The raw-socket lane: the local FunctionGraph's sync invocations served straight off the socket. node:http costs
 * ~55–80 µs of main-thread CPU per request on a 2-core VM before any of our code runs (IncomingMessage and
 * ServerResponse objects, header validation, stream events, `writev`); reading a plain request head and writing a
 * prebuilt response costs a third of that, and the main thread is what bounds invocations per second.
 *
 * The lane is strict and small: it serves only heads it can read without doubt — HTTP/1.1, an origin-form target,
 * token header names, visible-ASCII values, no header twice, a Content-Length (or no body), no Transfer-Encoding,
 * Expect or Upgrade, keep-alive or close — and only requests the fast-invoke path takes (fast-invoke.ts). At the first
 * request it does not serve, it hands the connection, with every byte it has read and not consumed, to node:http,
 * which serves it and everything after it on that connection. So anything unusual, malformed or hostile meets
 * node:http's own parser and limits, never ours.
 *
 * One request at a time per connection, answered in order; a client that goes away (close, reset or half-close)
 * cancels its invocation, as node:http's `close` does on the other paths.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { CancelSource } from '../runtime/cancel';
import type { FastReply, FastServe } from './fast-invoke';
import { HEAD_END, MAX_HEAD_BYTES, parseHead, responseText } from './raw-http';
import type { LaneHead } from './raw-http';

export interface RawLane {
  /** Destroys the connections the lane still holds (node:http's closeAllConnections knows only its own). */
  closeAll: () => void;
  /** How many connections the lane holds (not closed, not handed over). */
  connections: () => number;
}

/**
 * Puts the lane in front of an http.Server: the server's connections come to the lane first, and node:http's own
 * connection listener gets a connection when the lane hands it over.
 */
export function attachRawLane(
  server: Server,
  take: (head: LaneHead) => FastServe | undefined,
  log: (line: string) => void,
): RawLane {
  const listeners = server.listeners('connection');
  const httpConnection = listeners[0] as ((socket: Socket) => void) | undefined;
  if (listeners.length !== 1 || !httpConnection) {
    throw new Error('raw lane: the server must have node:http’s connection listener and no other');
  }
  server.removeListener('connection', httpConnection);
  const open = new Set<LaneConnection>();
  server.on('connection', (socket: Socket) => {
    const connection = new LaneConnection(socket, {
      take,
      log,
      keepAliveMs: server.keepAliveTimeout,
      headersTimeoutMs: server.headersTimeout,
      requestTimeoutMs: server.requestTimeout,
      handOver: () => {
        open.delete(connection);
        httpConnection.call(server, socket);
      },
      closed: () => open.delete(connection),
    });
    open.add(connection);
  });
  return {
    closeAll: () => {
      for (const connection of open) connection.destroy();
      open.clear();
    },
    connections: () => open.size,
  };
}

interface LaneOptions {
  take: (head: LaneHead) => FastServe | undefined;
  log: (line: string) => void;
  keepAliveMs: number;
  /** node:http's limits for a head, and a whole request, to arrive (a trickling client is handed to node:http). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  handOver: () => void;
  closed: () => void;
}

/** Input queued past this while a request runs pauses reading (one more sync request and its head). */
const MAX_QUEUED = MAX_HEAD_BYTES + 6 * 1024 * 1024;

class LaneConnection {
  private input: Buffer[] = [];
  private inputLength = 0;
  /** When the first byte of the request being read arrived (0: none yet). */
  private requestSince = 0;
  /** The head read, while its body arrives (both stay in the input until the body is complete). */
  private pending: { serve: FastServe; headLength: number; length: number; close: boolean } | undefined;
  /** The running request's hang-up signal. */
  private serving: CancelSource | undefined;
  /** No more requests are read here: the connection is closing, or node:http has it. */
  private done = false;
  private handedOver = false;

  constructor(
    private readonly socket: Socket,
    private readonly options: LaneOptions,
  ) {
    socket.setNoDelay(true);
    if (options.keepAliveMs > 0) socket.setTimeout(options.keepAliveMs);
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('timeout', this.onTimeout);
    socket.on('error', this.onError);
    socket.on('close', this.onClose);
  }

  destroy(): void {
    this.socket.destroy();
  }

  private readonly onData = (chunk: Buffer): void => {
    this.input.push(chunk);
    this.inputLength += chunk.length;
    if (!this.serving) this.advance();
    else if (this.inputLength > MAX_QUEUED) this.socket.pause();
  };

  /** The client half-closed: like node:http (no half-open), the running request is abandoned. */
  private readonly onEnd = (): void => {
    this.serving?.cancel();
    this.socket.end();
  };

  /** Idle past keep-alive: closed. A head or body still arriving goes to node:http, which has the longer limits. */
  private readonly onTimeout = (): void => {
    if (this.serving) return;
    if (this.inputLength > 0) this.handOver();
    else this.socket.destroy();
  };

  private readonly onError = (): void => {
    this.serving?.cancel();
  };

  private readonly onClose = (): void => {
    this.serving?.cancel();
    if (!this.handedOver) this.options.closed();
  };

  /** Reads and serves what the input holds, up to the next request in flight. */
  private advance(): void {
    if (this.done || this.serving) return;
    if (!this.pending) {
      if (this.inputLength === 0) return;
      const input = this.joined();
      const end = input.indexOf(HEAD_END);
      if (end < 0) {
        if (input.length > MAX_HEAD_BYTES || this.late(this.options.headersTimeoutMs)) {
          this.handOver();
        }
        return;
      }
      const head = end <= MAX_HEAD_BYTES ? parseHead(input.toString('latin1', 0, end)) : undefined;
      const serve = head && this.options.take(head);
      if (!head || !serve) {
        this.handOver();
        return;
      }
      this.pending = {
        serve,
        headLength: end + HEAD_END.length,
        length: head.length,
        close: head.close,
      };
    }
    const { serve, headLength, length, close } = this.pending;
    if (this.inputLength < headLength + length) {
      if (this.late(this.options.requestTimeoutMs)) this.handOver();
      return;
    }
    this.pending = undefined;
    this.requestSince = 0;
    this.consume(headLength);
    this.run(serve, this.consume(length), close);
  }

  /** Whether the request being read started arriving more than `limit` ms ago (0: no limit). */
  private late(limit: number): boolean {
    const now = Date.now();
    if (this.requestSince === 0) this.requestSince = now;
    return limit > 0 && now - this.requestSince > limit;
  }

  private run(serve: FastServe, body: Buffer, close: boolean): void {
    const hangUp = new CancelSource();
    this.serving = hangUp;
    serve(() => body, hangUp).then(
      (reply) => {
        this.serving = undefined;
        this.reply(reply, close);
      },
      (error: unknown) => {
        this.options.log(
          `raw lane: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        this.socket.destroy();
      },
    );
  }

  private reply(reply: FastReply, close: boolean): void {
    const socket = this.socket;
    if (!socket.writable) return;
    let text: string;
    try {
      text = responseText(reply, close ? 0 : this.options.keepAliveMs, close);
    } catch (error) {
      this.options.log(`raw lane: ${error instanceof Error ? error.message : String(error)}`);
      socket.destroy();
      return;
    }
    if (close) {
      // Nothing after this request is read: the connection ends once the answer is written.
      this.done = true;
      socket.removeListener('data', this.onData);
      socket.end(text);
      return;
    }
    const flushed = socket.write(text);
    if (socket.isPaused()) socket.resume();
    if (flushed) this.advance();
    else
      socket.once('drain', () => {
        this.advance();
      });
  }

  private handOver(): void {
    if (this.done) return;
    this.done = true;
    this.handedOver = true;
    const socket = this.socket;
    socket.removeListener('data', this.onData);
    socket.removeListener('end', this.onEnd);
    socket.removeListener('timeout', this.onTimeout);
    socket.removeListener('error', this.onError);
    socket.removeListener('close', this.onClose);
    socket.setTimeout(0);
    const unread = this.inputLength > 0 ? this.joined() : undefined;
    this.input = [];
    this.inputLength = 0;
    this.options.handOver();
    if (unread) socket.unshift(unread);
    if (socket.isPaused()) socket.resume();
  }

  /** The queued input as one buffer (it is one already, unless a head arrived in pieces). */
  private joined(): Buffer {
    if (this.input.length > 1) this.input = [Buffer.concat(this.input, this.inputLength)];
    return this.input[0] as Buffer;
  }

  /** Takes `n` bytes off the front of the input. */
  private consume(n: number): Buffer {
    const first = this.input[0];
    if (first && first.length >= n) {
      if (first.length === n) this.input.shift();
      else this.input[0] = first.subarray(n);
      this.inputLength -= n;
      return first.subarray(0, n);
    }
    const all = this.joined();
    this.input = all.length > n ? [all.subarray(n)] : [];
    this.inputLength -= n;
    return all.subarray(0, n);
  }
}
