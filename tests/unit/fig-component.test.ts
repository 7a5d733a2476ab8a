import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import Fig from '../../src/components/Fig.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Renders <Fig> as on /decline/ and returns its parts as the reader and a screen reader get them. */
async function render(props: Record<string, unknown>, locals: App.Locals = {}) {
  const html = await container.renderToString(Fig, { props, locals, request: new Request('https://example.org/decline/') });
  const { document } = parseHTML(`<div>${html}</div>`);
  const link = document.querySelector('a.fig');
  return {
    kind: link?.getAttribute('class') ?? '',
    value: link?.textContent ?? '',
    id: link?.getAttribute('id') ?? '',
    href: link?.getAttribute('href') ?? '',
    spoken: link?.getAttribute('aria-label') ?? '',
    html,
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

  it('is itself the link to its source entry, with no marker after the number', async () => {
    const fig = await render({ id: 'current-monthly-flow' });
    // The entry is on the register page that lists the figure's data file (global.yaml).
    expect(fig.href).toBe('/figures/flow/#fig-current-monthly-flow');
    expect(fig.html.replace(/<[^>]+>/g, '')).toBe('as few as 50 a month');
  });

  it('has an accessible name that starts with what it shows and says whose figure it is', async () => {
    const fig = await render({ id: 'current-monthly-flow' });
    expect(fig.spoken).toBe('as few as 50 a month, source: U.S. intelligence');
  });

  it('says in its name that a derived figure is our calculation', async () => {
    const fig = await render({ id: 'france-arrivals-h1-2016-implied' });
    expect(fig.kind).toContain('fig--derived');
    expect(fig.spoken).toBe(`${fig.value}, our calculation`);
  });

  it('numbers each use on a page, so the source entry can link back to every one', async () => {
    const locals: App.Locals = {};
    expect((await render({ id: 'current-monthly-flow' }, locals)).id).toBe('cite-current-monthly-flow');
    expect((await render({ id: 'peak-monthly-flow' }, locals)).id).toBe('cite-peak-monthly-flow');
    expect((await render({ id: 'current-monthly-flow' }, locals)).id).toBe('cite-current-monthly-flow-2');
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
