import { describe, expect, it } from 'vitest';
import { splitHeader } from './header.ts';

describe('splitHeader', () => {
  it('splits KEY: value lines ended by one blank line', () => {
    const raw = 'SOURCE: https://example.com/a:b\nPUBLISHER: 立方律师事务所\nDATE:2023-09-14\n\n正文第一行\n\n第二段\n';
    expect(splitHeader(raw)).toEqual({
      header: { SOURCE: 'https://example.com/a:b', PUBLISHER: '立方律师事务所', DATE: '2023-09-14' },
      text: '正文第一行\n\n第二段\n',
    });
  });

  it('consumes only the first blank line and keeps the text byte for byte', () => {
    expect(splitHeader('URL: x\n\n\n  indented\r\n')).toEqual({ header: { URL: 'x' }, text: '\n  indented\r\n' });
  });

  it('handles CRLF line ends and a byte-order mark', () => {
    expect(splitHeader('\uFEFFSOURCE: a \r\nTITLE: b\r\n\r\nbody')).toEqual({
      header: { SOURCE: 'a', TITLE: 'b' },
      text: 'body',
    });
  });

  it('keeps the last value of a repeated key', () => {
    expect(splitHeader('URL: a\nURL: b\n\nx').header).toEqual({ URL: 'b' });
  });

  it.each([
    ['ordinary first line', 'NEWSLETTER\n\nNO. 13\n'],
    ['leading blank lines (the seeds)', '\n\nNEWSLETTER\nSOURCE: x\n\nbody'],
    ['Chinese line with a full-width colon', '来源：国务院\n\n正文'],
    ['Chinese line with an ASCII colon', '通知: 关于开展专项行动\n\n正文'],
    ['prose in mixed case', 'Update: the CAC issued new rules\n\nbody'],
    ['a block line that is not KEY: value', 'SOURCE: x\nsome text\n\nbody'],
    ['header lines never ended by a blank line', 'SOURCE: x\nTITLE: y'],
    ['empty input', ''],
  ])('finds no header in %s', (_label, raw) => {
    expect(splitHeader(raw)).toEqual({ header: {}, text: raw });
  });
});
