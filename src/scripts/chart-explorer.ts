/**
 * Chart enhancements, loaded only on pages with charts. For each visible chart drawing:
 * a tooltip on hover and on keyboard focus, arrow keys between values (announced politely),
 * Escape to close. Enter and a click do the same thing: they open the current value's source;
 * a tap on a touch screen first makes a value current (showing its tooltip), a second tap opens
 * it. Text is always inserted with textContent: labels come from the data, never parsed as
 * markup. (Copy link and cite: section-tools.ts.)
 */
function initChart(figure: HTMLElement): void {
  const tooltip = figure.querySelector<HTMLElement>('.chart__tooltip');
  const live = figure.querySelector<HTMLElement>('.chart__live');
  if (!tooltip || !live) return;
  const canvas = tooltip.parentElement as HTMLElement;
  let index = -1;
  /** The value a click or Enter opens: the one last hovered, tapped or reached with the keyboard. */
  let current: Element | undefined;

  const show = (mark: Element, announce: boolean) => {
    const text = mark.getAttribute('data-label') ?? '';
    tooltip.textContent = text;
    tooltip.hidden = false;
    // The tooltip keeps its own width (CSS: max-content up to a limit) and is moved, not
    // squeezed, to stay inside the chart when the value is near an edge.
    const box = canvas.getBoundingClientRect();
    const target = mark.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const centre = target.left + target.width / 2 - box.left;
    const left = Math.min(Math.max(centre - width / 2, 0), Math.max(box.width - width, 0));
    tooltip.style.setProperty('--x', `${left}px`);
    tooltip.style.setProperty('--y', `${target.top - box.top}px`);
    if (announce) live.textContent = text;
    for (const m of canvas.querySelectorAll('.is-active')) m.classList.remove('is-active');
    mark.classList.add('is-active');
    current = mark;
  };
  const hide = () => {
    tooltip.hidden = true;
    current = undefined;
    for (const m of canvas.querySelectorAll('.is-active')) m.classList.remove('is-active');
  };
  const open = (mark: Element | undefined) => {
    const href = mark?.getAttribute('data-href');
    if (href) location.assign(href);
  };

  for (const svg of canvas.querySelectorAll<SVGSVGElement>('svg')) {
    // Marks of a view the reader has switched away from are hidden, and skipped.
    const marks = () => [...svg.querySelectorAll('[data-point]')].filter((m) => m.getClientRects().length > 0);
    svg.addEventListener('pointerover', (e) => {
      const mark = (e.target as Element).closest('[data-point]');
      if (mark && e.pointerType !== 'touch') {
        show(mark, false);
        index = marks().indexOf(mark);
      }
    });
    svg.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'touch') hide();
    });
    svg.addEventListener('click', (e) => {
      const mark = (e.target as Element).closest('[data-point]');
      if (!mark) return;
      if (mark === current) open(mark);
      else {
        show(mark, true);
        index = marks().indexOf(mark);
      }
    });
    svg.addEventListener('focus', () => {
      // Focus from a click or tap leaves the choice of value to the pointer.
      if (!svg.matches(':focus-visible')) return;
      const list = marks();
      index = Math.min(Math.max(index, 0), list.length - 1);
      const mark = list[index];
      if (mark) show(mark, true);
    });
    svg.addEventListener('blur', hide);
    svg.addEventListener('keydown', (e) => {
      const list = marks();
      if (list.length === 0) return;
      const moves: Record<string, number> = {
        ArrowRight: 1,
        ArrowDown: 1,
        ArrowLeft: -1,
        ArrowUp: -1,
        Home: -Infinity,
        End: Infinity,
      };
      const move = moves[e.key];
      if (move !== undefined) {
        e.preventDefault();
        index = Math.min(Math.max(index + move, 0), list.length - 1);
        const mark = list[index];
        if (mark) show(mark, true);
      } else if (e.key === 'Escape') {
        hide();
      } else if (e.key === 'Enter') {
        open(current ?? list[index]);
      }
    });
  }
}

export function initCharts(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) initChart(figure);
}
