import { describe, expect, it } from 'vitest';
import { bootstrappedConnections } from './get-connections';

function page(block?: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (block !== undefined) {
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.id = 'fg-bootstrap';
    script.textContent = block;
    doc.head.append(script);
  }
  return doc;
}

describe('bootstrappedConnections', () => {
  it('reads the list the console server wrote into the page', () => {
    const connections = [{ id: 'local', name: 'Local', kind: 'local', region: 'local-1', projectId: 'p1' }];
    expect(bootstrappedConnections(page(JSON.stringify({ connections })))).toEqual(connections);
  });

  it('gives nothing (the query fetches) when the block is missing, broken or not a list of connections', () => {
    expect(bootstrappedConnections(page())).toBeUndefined();
    expect(bootstrappedConnections(page('{not json'))).toBeUndefined();
    expect(bootstrappedConnections(page('{"connections":{"id":"x"}}'))).toBeUndefined();
    expect(bootstrappedConnections(page('{"connections":[{"id":1,"projectId":"p"}]}'))).toBeUndefined();
  });
});
