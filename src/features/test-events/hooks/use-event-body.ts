import { useState } from 'react';
import { decodeEventContent } from '../utils/event-content';

/**
 * The event body shown for the chosen saved event: seeded from the event's content whenever another event (or
 * a newer version of it) is loaded, then freely edited for the next run.
 */
export function useEventBody(selectedId: string | undefined, content: string | undefined) {
  const [body, setBody] = useState('{}');
  const [seededFrom, setSeededFrom] = useState<string | undefined>();
  const source = selectedId === undefined || content === undefined ? undefined : `${selectedId}:${content}`;
  if (source !== undefined && source !== seededFrom) {
    setSeededFrom(source);
    let text = '{}';
    try {
      text = decodeEventContent(content ?? '');
      text = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // keep the text as saved when it is not JSON
    }
    setBody(text);
  }
  return [body, setBody] as const;
}
