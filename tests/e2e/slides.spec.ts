/**
 * Every slide of the Shanxi deck, shown in the slideshow: it renders without a console error
 * (the guard fixture), with its title, every figure the deck emphasises, and every chart's bars
 * or donut segments drawn by recharts. Expected values come from the deck compiled in Node.
 */
import { chartMarks, figureRuns, shanxiDeck, squash } from './support/deck';
import { expect, jumpTo, openApp, test } from './support/fixtures';

test('every Shanxi slide renders its title, figures and charts', async ({ page }) => {
  const deck = shanxiDeck();
  const show = await openApp(page, 'show');
  await expect(show).toHaveAttribute('data-count', String(deck.slides.length));
  for (const [i, slide] of deck.slides.entries()) {
    if (i > 0) await jumpTo(page, i);
    await expect(show).toHaveAttribute('data-index', String(i));
    const canvas = show.locator('.slide-canvas');
    await expect(canvas).toHaveAttribute('data-slide-id', slide.id);
    const where = `slide ${i + 1} (${slide.id})`;

    const text = squash((await canvas.textContent()) ?? '');
    expect(text, `${where}: title`).toContain(squash(slide.title));

    const figures = await canvas.locator('.figure-run').allTextContents();
    expect(figures, `${where}: emphasised figures`).toEqual(figureRuns(slide));

    const charts = chartMarks(slide);
    await expect(canvas.locator('.chart'), `${where}: charts`).toHaveCount(charts.length);
    for (const [k, chart] of charts.entries()) {
      const el = canvas.locator('.chart').nth(k);
      await expect(el).toHaveAttribute('data-chart-kind', chart.kind);
      const marks = el.locator(chart.kind === 'bar' ? '.recharts-bar-rectangle path' : '.recharts-pie-sector path');
      await expect(marks, `${where}: chart ${k + 1} (${chart.kind}) marks`).toHaveCount(chart.marks);
    }
  }
});
