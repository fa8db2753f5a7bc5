import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameDecoder, LineSplitter } from './frame-codec';

describe('frame codec', () => {
  it('decodes frames split at every byte boundary and several frames in one chunk', () => {
    const messages = [{ t: 'log', msg: 'héllo' }, { t: 'result', body: 'x'.repeat(300_000) }, { t: 'ready' }];
    const wire = Buffer.concat(messages.map((m) => encodeFrame(m)));
    for (const step of [1, 3, 4, 5, 1000, 65536, wire.length]) {
      const got: unknown[] = [];
      const d = new FrameDecoder((m) => got.push(m));
      for (let i = 0; i < wire.length; i += step) d.push(wire.subarray(i, i + step));
      expect(got).toEqual(messages);
    }
  });

  it('splits raw output into lines and keeps a trailing partial line until flushed', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    s.push(Buffer.from('a\nb'));
    s.push(Buffer.from('c\n\nd'));
    expect(lines).toEqual(['a', 'bc', '']);
    s.flush();
    expect(lines).toEqual(['a', 'bc', '', 'd']);
    const euro = Buffer.from('€\n');
    s.push(euro.subarray(0, 1));
    s.push(euro.subarray(1));
    expect(lines.at(-1)).toBe('€');
  });
});
