import { describe, expect, it } from 'vitest';
import { CancelSource } from './cancel';

describe('CancelSource', () => {
  it('runs each listener once, in order, and not the removed ones', () => {
    const source = new CancelSource();
    const calls: string[] = [];
    const a = () => calls.push('a');
    const b = () => calls.push('b');
    const c = () => calls.push('c');
    source.addEventListener('abort', a);
    source.addEventListener('abort', b);
    source.addEventListener('abort', c);
    source.removeEventListener('abort', b);
    expect(source.aborted).toBe(false);
    source.cancel();
    source.cancel();
    expect(source.aborted).toBe(true);
    expect(calls).toEqual(['a', 'c']);
  });

  it('ignores listeners added after it was cancelled (callers check `aborted` first)', () => {
    const source = new CancelSource();
    source.cancel();
    const calls: string[] = [];
    source.addEventListener('abort', () => calls.push('late'));
    source.cancel();
    expect(calls).toEqual([]);
  });
});
