import { describe, expect, it } from 'vitest';
import { separateWords } from '../../src/integrations/separate-words';

describe('separateWords (the HTML the search index reads)', () => {
  it('keeps the text of adjacent elements apart', () => {
    expect(separateWords('<dl><dt>Caliphate</dt><dd>The proclaimed state</dd></dl>')).toBe(
      '<dl><dt>Caliphate</dt> <dd>The proclaimed state</dd></dl>',
    );
    expect(separateWords('<tr><th>Period</th><th>Recruits</th></tr>')).toBe('<tr><th>Period</th> <th>Recruits</th></tr>');
    expect(separateWords('<span class="a">2,000 at the peak</span><span>as few as 50</span>')).toBe(
      '<span class="a">2,000 at the peak</span> <span>as few as 50</span>',
    );
  });

  it('leaves running text, opening tags and attributes as they are', () => {
    const html = '<p class="x">As <em>few</em> as <a href="/a/#b">50</a>, it said.</p>';
    expect(separateWords(html)).toBe(html);
    expect(separateWords('<h2 id="a"><span class="b">Title</span></h2>')).toBe('<h2 id="a"><span class="b">Title</span></h2>');
    // A footnote marker is a link the index leaves out: no space may stand before the full stop.
    const fig = '<span class="fig"><span class="v">50</span><a class="fig__ref">12</a></span>.';
    expect(separateWords(fig)).toBe(fig);
  });
});
