/**
 * The machine's floor for one HTTP call: a bare node:http server, in its own process, that reads the request body
 * and answers with a response of the invocation's size and header count, doing nothing else. Measured with the
 * same wrk load next to each round of the local FunctionGraph, it shows how fast this machine is at that moment:
 * on a shared 2-core VM the floor itself moves by a third from one minute to the next (CPU steal, neighbours),
 * and a slow round of the local FunctionGraph next to a slow floor is a slow machine, not a slower server.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const SERVER = `
const http = require('node:http');
const body = JSON.stringify({ request_id: 'x'.repeat(36), result: '"ok"', log: '', status: 200 });
const headers = {
  'content-type': 'application/json', 'X-Cff-Request-Id': 'x'.repeat(36), 'X-CFF-Billing-Duration': '1',
  'X-Cff-Response-Version': 'v1', 'X-Func-Err-Code': '0', 'X-Is-Func-Err': 'false',
  'X-Cff-Invoke-Summary': '{"funcDigest":"x","duration":0.1,"billingDuration":1,"memorySize":128,"memoryUsed":1}',
  'X-Request-Id': 'y'.repeat(36), 'content-length': Buffer.byteLength(body),
};
const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => { res.writeHead(200, headers); res.end(body); });
});
server.listen(0, '127.0.0.1', () => process.stdout.write('PORT ' + server.address().port + '\\n'));
`;

export interface HttpFloor {
  port: number;
  stop: () => Promise<void>;
}

export async function startHttpFloor(): Promise<HttpFloor> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => {
      reject(new Error(`bare HTTP server exited (${String(code)}): ${out}`));
    });
  });
  return {
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill();
      await once(child, 'exit');
    },
  };
}
