import fs from 'node:fs';

const PAGE = 4096;
const scratch = Buffer.alloc(128);

/**
 * Resident memory of one process from /proc/<pid>/statm, read through a descriptor kept open: the watchdog and
 * finished calls sample often, and open+fstat+read+close cost several slow syscalls per sample in a VM.
 */
export class ProcMemory {
  private fd: number | undefined;

  constructor(private readonly pid: number) {}

  /** Bytes resident now, or undefined when the process is gone. */
  rss(): number | undefined {
    try {
      this.fd ??= fs.openSync(`/proc/${String(this.pid)}/statm`, 'r');
      // statm is regenerated on every read from offset 0.
      const n = fs.readSync(this.fd, scratch, 0, scratch.length, 0);
      const resident = Number(scratch.toString('latin1', 0, n).split(' ')[1]);
      return Number.isFinite(resident) ? resident * PAGE : undefined;
    } catch {
      return undefined;
    }
  }

  close(): void {
    if (this.fd === undefined) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      // Already closed.
    }
    this.fd = undefined;
  }
}
