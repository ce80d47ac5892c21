import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from './sse-parser.ts';

function parseInChunks(text: string, size: number): SseMessage[] {
  const parser = createSseParser();
  const out: SseMessage[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
  out.push(...parser.end());
  return out;
}

describe('createSseParser', () => {
  const stream =
    'event: turn\ndata: {"index":0}\n\n' +
    ': a comment\n' +
    'event: delta\ndata: {"text":"Hel"}\n\n' +
    'data: first\ndata: second\n\n' +
    'event: done\ndata: {}\n\n';
  const expected: SseMessage[] = [
    { event: 'turn', data: '{"index":0}' },
    { event: 'delta', data: '{"text":"Hel"}' },
    { event: 'message', data: 'first\nsecond' },
    { event: 'done', data: '{}' },
  ];

  it('parses events, multi-line data and comments', () => {
    expect(parseInChunks(stream, stream.length)).toEqual(expected);
  });

  it('gives the same messages whatever the chunking', () => {
    for (const size of [1, 2, 3, 7, 16]) expect(parseInChunks(stream, size)).toEqual(expected);
  });

  it('accepts CRLF and CR line endings, even split across chunks', () => {
    const crlf = stream.replaceAll('\n', '\r\n');
    const cr = stream.replaceAll('\n', '\r');
    for (const size of [1, 2, 5]) {
      expect(parseInChunks(crlf, size)).toEqual(expected);
      expect(parseInChunks(cr, size)).toEqual(expected);
    }
  });

  it('keeps colons in values and strips only one leading space', () => {
    expect(parseInChunks('data:  {"a":"b:c"}\n\n', 4)).toEqual([{ event: 'message', data: ' {"a":"b:c"}' }]);
  });

  it('ignores blocks without data and drops an unterminated last message', () => {
    expect(parseInChunks('event: ping\n\nid: 3\nretry: 10\n\nevent: turn\ndata: {}', 5)).toEqual([]);
  });
});
