/**
 * The secret key never appears in what the local FunctionGraph prints, nor in any response, whatever the
 * requests (good, badly signed, failing), and functions cannot read it from their environment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnLocalFg } from '../local/testing/local-fg-process';
import { nodeFunctionBody } from '../local/testing/sdk-harness';
import { signRequest } from '../shared/signing';

const SK = 'SECRET-sk-value-that-must-never-leak-0001';
const AK = 'SECRETTESTAK00000001';
const PID = 'cccccccccccccccccccccccccccccccc';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-secrets-'));

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('secrets', () => {
  it('stay out of logs, responses and function environments', async () => {
    const fg = await spawnLocalFg({ ak: AK, sk: SK, projectId: PID }, { FG_DATA_DIR: dataDir });
    const call = async (method: string, p: string, body?: unknown, sk = SK) => {
      const text = body === undefined ? '' : JSON.stringify(body);
      const headers = {
        'content-type': 'application/json',
        'x-project-id': PID,
        'x-cff-request-version': 'v1',
      };
      const signed = signRequest({ method, url: fg.endpoint + p, headers, body: text, ak: AK, sk });
      const res = await fetch(fg.endpoint + p, {
        method,
        headers: { ...headers, ...signed },
        ...(text ? { body: text } : {}),
      });
      return { status: res.status, text: await res.text(), headers: JSON.stringify([...res.headers]) };
    };
    try {
      const code = `exports.handler = async (event, context) => {
        console.log('env dump', JSON.stringify(process.env));
        if (event.fail) throw new Error('boom ' + JSON.stringify(process.env));
        return Object.keys(process.env).join(',');
      };`;
      const responses = [
        await call('POST', `/v2/${PID}/fgs/functions`, nodeFunctionBody('env-dump', code)),
        await call(
          'POST',
          `/v2/${PID}/fgs/functions/urn:fss:local-1:${PID}:function:default:env-dump:latest/invocations`,
          {},
        ),
        await call(
          'POST',
          `/v2/${PID}/fgs/functions/urn:fss:local-1:${PID}:function:default:env-dump:latest/invocations`,
          { fail: true },
        ),
        await call('GET', `/v2/${PID}/fgs/functions`, undefined, 'wrong-secret'),
        await call(
          'GET',
          `/v2/${PID}/fgs/functions/urn:fss:local-1:${PID}:function:default:nope:latest/config`,
        ),
        await call('POST', `/v2/${PID}/fgs/functions`, '{"not json'),
      ];
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 401, 404, 400]);
      // The function really ran and listed its environment: the server's variables are not in it.
      expect(responses[1]!.text).toContain('RUNTIME_');
      for (const r of responses) {
        expect(r.text).not.toContain(SK);
        expect(r.headers).not.toContain(SK);
        expect(r.text).not.toContain('FG_LOCAL_SK');
      }
    } finally {
      await fg.stop();
    }
    expect(fg.output()).toContain(AK); // the output was captured (local-fg prints the AK, never the SK)
    expect(fg.output()).not.toContain(SK);
  }, 60_000);
});
