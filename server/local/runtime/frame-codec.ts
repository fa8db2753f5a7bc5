import { StringDecoder } from 'node:string_decoder';

/**
 * Framing of the host protocol on fd 3: 4-byte big-endian length, then that many bytes of UTF-8 JSON.
 * The same format is implemented in hosts/node-host.cjs and hosts/python-host.py.
 */
export function encodeFrame(message: unknown): Buffer {
  const json = JSON.stringify(message);
  const length = Buffer.byteLength(json);
  const frame = Buffer.allocUnsafe(4 + length);
  frame.writeUInt32BE(length, 0);
  frame.write(json, 4);
  return frame;
}

/**
 * Frames sent during one event-loop turn leave in one write: under load the reader wakes once for a batch of
 * calls instead of once per call (waking a process is the dearest thing a call does on a small VM). A frame
 * sent while the reader is busy with earlier calls may be held a little longer (`hold`): until the reader
 * answers one of them (the owner calls `flush()` then) or `HOLD_MS` passes, whichever comes first.
 */
export class FrameWriter {
  private queue: Buffer[] = [];
  private scheduled: 'turn' | 'held' | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly sink: { write(frame: Buffer): unknown; readonly destroyed: boolean }) {}

  send(message: unknown, hold = false): void {
    this.queue.push(encodeFrame(message));
    if (this.scheduled === 'turn' || (this.scheduled === 'held' && hold)) return;
    if (hold) {
      this.scheduled = 'held';
      this.timer = setTimeout(this.flush, HOLD_MS);
    } else {
      clearTimeout(this.timer);
      this.scheduled = 'turn';
      setImmediate(this.flush);
    }
  }

  readonly flush = (): void => {
    clearTimeout(this.timer);
    this.scheduled = undefined;
    const frames = this.queue;
    if (frames.length === 0) return;
    this.queue = [];
    if (!this.sink.destroyed)
      this.sink.write(frames.length === 1 ? (frames[0] as Buffer) : Buffer.concat(frames));
  };
}

const HOLD_MS = 1;

/**
 * Accumulates chunks and hands every complete frame, parsed, to `onFrame`. Chunks of a large frame are
 * joined once, when the frame is complete (a 6 MB result arrives in ~100 socket reads).
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private size = 0;
  private need = -1; // body length of the frame being read, -1 while the header is incomplete

  constructor(private readonly onFrame: (message: unknown) => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.need < 0) {
        if (this.size < 4) return;
        this.need = this.joined().readUInt32BE(0);
      }
      if (this.size < 4 + this.need) return;
      const buf = this.joined();
      const end = 4 + this.need;
      const text = buf.toString('utf8', 4, end);
      const rest = buf.subarray(end);
      this.chunks = rest.length ? [rest] : [];
      this.size = rest.length;
      this.need = -1;
      this.onFrame(JSON.parse(text));
    }
  }

  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
}

/** Splits a byte stream into lines (for the hosts' raw stdout/stderr). */
export class LineSplitter {
  private pending = '';
  private readonly decoder = new StringDecoder('utf8'); // a character may straddle two chunks

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    const lines = (this.pending + this.decoder.write(chunk)).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.onLine(line);
  }

  flush(): void {
    if (this.pending) this.onLine(this.pending);
    this.pending = '';
  }
}
