/**
 * Chart enhancements, loaded only on pages with charts. For each visible chart drawing:
 * a tooltip on hover and on keyboard focus, arrow keys between values (announced politely),
 * Enter to open a value's source, Escape to close. Text is always inserted with textContent:
 * labels come from the data, never parsed as markup. (Copy link and cite: section-tools.ts.)
 */
function initChart(figure: HTMLElement): void {
  const tooltip = figure.querySelector<HTMLElement>('.chart__tooltip');
  const live = figure.querySelector<HTMLElement>('.chart__live');
  if (!tooltip || !live) return;
  const canvas = tooltip.parentElement as HTMLElement;
  let index = -1;

  const show = (mark: Element, announce: boolean) => {
    const text = mark.getAttribute('data-label') ?? '';
    tooltip.textContent = text;
    tooltip.hidden = false;
    const box = canvas.getBoundingClientRect();
    const target = mark.getBoundingClientRect();
    const left = Math.min(Math.max(target.left + target.width / 2 - box.left, 80), box.width - 80);
    tooltip.style.setProperty('--x', `${left}px`);
    tooltip.style.setProperty('--y', `${target.top - box.top}px`);
    if (announce) live.textContent = text;
    for (const m of canvas.querySelectorAll('.is-active')) m.classList.remove('is-active');
    mark.classList.add('is-active');
  };
  const hide = () => {
    tooltip.hidden = true;
    for (const m of canvas.querySelectorAll('.is-active')) m.classList.remove('is-active');
  };

  for (const svg of canvas.querySelectorAll<SVGSVGElement>('svg')) {
    const marks = () => [...svg.querySelectorAll('[data-point]')];
    svg.addEventListener('pointerover', (e) => {
      const mark = (e.target as Element).closest('[data-point]');
      if (mark) show(mark, false);
    });
    svg.addEventListener('pointerleave', hide);
    svg.addEventListener('focus', () => {
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
        const href = list[index]?.getAttribute('data-href');
        if (href) location.assign(href);
      }
    });
  }
}

export function initCharts(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) initChart(figure);
}
