// An incremental parser for the text/event-stream format: feed it decoded text in any chunking, get messages.

export interface SseMessage {
  /** The `event:` field, or `message` when the server sent none. */
  event: string;
  /** The `data:` lines joined with newlines. */
  data: string;
}

export interface SseParser {
  /** Feeds a piece of the stream; returns the messages it completed. */
  push(chunk: string): SseMessage[];
  /** Ends the stream; a message without its closing blank line is dropped, as the spec says. */
  end(): SseMessage[];
}

/** Creates a parser that follows the WHATWG rules for fields, comments and line endings. */
export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let hasData = false;

  const takeLine = (line: string, out: SseMessage[]): void => {
    if (line === '') {
      if (hasData) out.push({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      hasData = false;
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') {
      data.push(value);
      hasData = true;
    }
    // `id` and `retry` only matter for EventSource reconnection, which a POST stream never does.
  };

  return {
    push(chunk) {
      buffer += chunk;
      const out: SseMessage[] = [];
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        if (!match) break;
        // A lone `\r` at the end may be the first half of `\r\n`: wait for the next chunk.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        takeLine(buffer.slice(0, match.index), out);
        buffer = buffer.slice(match.index + match[0].length);
      }
      return out;
    },
    end() {
      const out: SseMessage[] = [];
      if (buffer.endsWith('\r')) {
        takeLine(buffer.slice(0, -1), out);
        buffer = '';
      }
      buffer = '';
      event = '';
      data = [];
      hasData = false;
      return out;
    },
  };
}
