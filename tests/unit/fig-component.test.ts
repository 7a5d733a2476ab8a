import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import Fig from '../../src/components/Fig.astro';
import { figureIndex } from '../../src/data/figure-index';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Renders <Fig> as on /decline/ and returns its parts as the reader and a screen reader get them. */
async function render(props: Record<string, unknown>) {
  const html = await container.renderToString(Fig, { props, request: new Request('https://example.org/decline/') });
  const { document } = parseHTML(`<div>${html}</div>`);
  const ref = document.querySelector('.fig__ref');
  return {
    kind: document.querySelector('.fig')?.getAttribute('class') ?? '',
    value: document.querySelector('.fig__value')?.textContent ?? '',
    href: ref?.getAttribute('href') ?? '',
    marker: ref?.textContent ?? '',
    spoken: ref?.getAttribute('aria-label') ?? '',
  };
}

describe('<Fig>', () => {
  it('writes the value with the source’s hedge and unit', async () => {
    expect((await render({ id: 'current-monthly-flow' })).value).toBe('as few as 50 a month');
  });

  it('writes a range as a range', async () => {
    expect((await render({ id: 'us-monthly-h1-2015' })).value).toBe('6 to 10 a month');
  });

  it('can leave the unit out', async () => {
    expect((await render({ id: 'current-monthly-flow', unit: false })).value).toBe('as few as 50');
  });

  it('links to the figure’s source entry with a numbered reference that names who gave it', async () => {
    const fig = await render({ id: 'current-monthly-flow' });
    const n = figureIndex('current-monthly-flow');
    expect(fig.href).toBe('/sources/#fig-current-monthly-flow');
    expect(fig.marker).toBe(String(n));
    expect(fig.spoken).toBe(`Source ${n}: U.S. intelligence`);
  });

  it('marks a derived figure as a calculation and says how it was made', async () => {
    const fig = await render({ id: 'france-arrivals-h1-2016-implied' });
    expect(fig.kind).toContain('fig--derived');
    expect(fig.marker).toBe('calc');
    expect(fig.spoken).toMatch(/^Figure \d+, calculated by this site$/);
  });

  it('writes a qualitative claim as words', async () => {
    expect((await render({ id: 'germany-monthly-before-2016' })).value).toMatch(/dozens/);
  });

  it('stops the build on an unknown id, naming the page and suggesting the right one', async () => {
    await expect(render({ id: 'current-monthly-flows' })).rejects.toThrow(
      /\/decline\/: unknown figure id "current-monthly-flows" \(did you mean "current-monthly-flow"\?\)/,
    );
  });
});
