import { describe, expect, it } from 'vitest';
import { guardOutput } from '../../../src/report/emit/guard.js';
import { profileUrlOrNull, searchUrl } from '../../../src/report/emit/links.js';
import { markdownProfileLink } from '../../../src/report/emit/markdown.js';

describe('the output guard, under every medium', () => {
  it('removes escapes, C0 and C1 controls, bidi controls and line separators', () => {
    expect(guardOutput('a\u001b[2J\u001b]0;t\u0007b\u009b31mc\u202ed\u2028e\u2066f\rg\u0000h\n')).toBe('a[2J]0;tb31mcdefgh\n');
  });

  it('keeps what netprune itself writes: newlines, CRLF, colours, and the progress line redrawn in place', () => {
    expect(guardOutput('\u001b[31mred\u001b[39m\r\n')).toBe('\u001b[31mred\u001b[39m\r\n');
    expect(guardOutput('\r\u001b[2K')).toBe('\r\u001b[2K');
  });
});

describe('links in Markdown and HTML', () => {
  it('only a well-formed LinkedIn profile URL is a link', () => {
    expect(profileUrlOrNull('https://www.linkedin.com/in/jos%C3%A9-garcia')).toBe('https://www.linkedin.com/in/jos%C3%A9-garcia');
    for (const url of [
      'https://evil.example/in/x',
      'javascript:alert(1)',
      'https://www.linkedin.com/in/x)![i](https://evil.example',
      'https://www.linkedin.com/in/a b',
    ])
      expect(profileUrlOrNull(url)).toBeNull();
    expect(markdownProfileLink('Bo ![i](https://evil.example/p.png)', 'https://www.linkedin.com/in/x)')).toBe(
      'Bo \\!\\[i\\]\\(https://evil\\.example/p\\.png\\)',
    );
  });

  it('a search link encodes the parentheses encodeURIComponent leaves, so it cannot end a Markdown link early', () => {
    expect(searchUrl("Ann (O'Neil)")).toBe('https://www.linkedin.com/search/results/people/?keywords=Ann%20%28O%27Neil%29');
  });
});
