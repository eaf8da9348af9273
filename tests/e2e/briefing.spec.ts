/**
 * The briefing builder (issue 8) in the web build: a section left out, two slides reordered (drag
 * and drop, Alt+↑), a note edited and the theme changed survive a reload (autosave in local
 * storage) and are what the PPTX export contains, in that order; ten edits of different kinds
 * undo and redo step by step; a malformed briefing file shows line:column and changes nothing; a
 * saved briefing opened after its report changed says which slides are gone.
 */
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { applyBriefing, baseId, baseIds, briefingCompileOptions, newBriefing } from '../../core/briefing/apply';
import { moveSlide, setNote, setSectionIncluded } from '../../core/briefing/edit';
import { briefingFileText, loadBriefing } from '../../core/briefing/load';
import type { Briefing } from '../../core/briefing/schema';
import { compileDeck } from '../../core/deck/compile';
import type { Deck } from '../../core/deck/types';
import { loadReport, SHANXI, squash } from './support/deck';
import { expect, openApp, rgb, test } from './support/fixtures';

const shanxi = loadReport(SHANXI);
const REPORT_SECTIONS = shanxi.sections.map((s) => s.id);
/** The ids of a slide's parts (a slide that continues has parts ~2, ~3, …), from the deck. */
const partsOf = (base: string) =>
  compileDeck(shanxi)
    .slides.map((sl) => sl.id)
    .filter((id) => baseId(id) === base);
const TARGETS = partsOf('targets-2025/targets');
const OVERVIEW = partsOf('projects-2025/overview');
const NOTE = '先讲民生实事总体安排，再请分管同志补充。EDITED-NOTE';

function deckOf(b: Briefing): Deck {
  return applyBriefing(compileDeck(shanxi, briefingCompileOptions(b, undefined)), b, shanxi).deck;
}

/** The ids of the slides in the deck, in rail order. */
function deckIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="rail"] .rail-item[data-index]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-slide-id') ?? ''));
}

function entry(page: Page, id: string) {
  return page.locator(`[data-testid="rail"] .rail-entry[data-entry-id="${id}"]`);
}

/** Moves the focus off any field, so the editor's keys reach it. */
async function blur(page: Page) {
  await page.evaluate(() =>
    (
      globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }
    ).document.activeElement?.blur?.(),
  );
}

/** Everything the briefing decides that the editor shows, as one comparable value. */
async function snapshot(page: Page) {
  const cover = page.getByTestId('cover-title');
  return {
    rail: await page
      .locator('[data-testid="rail"] .rail-item')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.getAttribute('data-slide-id')}${e.getAttribute('data-index') === null ? ' out' : ''}${e.classList.contains('hidden-slide') ? ' backup' : ''}${e.classList.contains('notes-edited') ? ' note' : ''}`,
        ),
      ),
    theme: await page.getByTestId('theme-select').inputValue(),
    compare: await page.getByTestId('compare-select').inputValue(),
    watermark: await page.getByTestId('watermark-select').inputValue(),
    coverTitle: (await cover.count()) > 0 ? await cover.inputValue() : undefined,
    sections: await page
      .locator('.section-list li')
      .evaluateAll((lis) =>
        lis.map((li) => `${li.getAttribute('data-section-id')}${li.querySelector('input:checked') ? '' : ' out'}`),
      ),
  };
}

/** The slides of a PPTX in show order: drawn text and speaker notes. */
async function pptxSlides(bytes: Buffer): Promise<{ text: string; notes: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (part: string) => zip.file(part)!.async('string');
  const texts = (xml: string) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) =>
        m[1]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"'),
      )
      .join('');
  const rels = async (part: string) => {
    const dir = part.slice(0, part.lastIndexOf('/'));
    const xml = await read(`${dir}/_rels/${part.slice(dir.length + 1)}.rels`);
    return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
      id: /\bId="([^"]+)"/.exec(m[0])![1]!,
      type: /\bType="([^"]+)"/.exec(m[0])![1]!,
      target: new URL(/\bTarget="([^"]+)"/.exec(m[0])![1]!, `http://x/${dir}/`).pathname.slice(1),
    }));
  };
  const presentation = await read('ppt/presentation.xml');
  const presRels = await rels('ppt/presentation.xml');
  const parts = [...presentation.matchAll(/<p:sldId\b[^>]*r:id="([^"]+)"/g)].map(
    (m) => presRels.find((r) => r.id === m[1])!.target,
  );
  return Promise.all(
    parts.map(async (part) => {
      const notesPart = (await rels(part)).find((r) => r.type.endsWith('/notesSlide'))?.target;
      return { text: texts(await read(part)), notes: notesPart ? texts(await read(notesPart)) : '' };
    }),
  );
}

test('a briefing: section out, two slides moved, a note, the theme — kept over a reload and exported to PPTX', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const editor = await openApp(page, 'editor');
  await expect(page.getByTestId('autosave')).toHaveAttribute('data-state', 'idle');

  // Leave out the 2024 review.
  await page.getByTestId('briefing-panel-toggle').click();
  await page.getByTestId('section-review-2024').uncheck();
  await expect(entry(page, 'review-2024/overview')).toHaveCount(0);

  // Drag the targets slide above the contents slide.
  await entry(page, 'targets-2025/targets').dragTo(entry(page, 'contents'), { targetPosition: { x: 100, y: 8 } });
  await expect
    .poll(() => deckIds(page).then((ids) => ids.slice(0, TARGETS.length + 2)))
    .toEqual(['cover', ...TARGETS, 'contents']);

  // Alt+↑ moves the current slide (the projects overview) one place up each time: pressed once for
  // every rail entry between it and the contents slide (section dividers among them), it lands
  // above the contents slide.
  const entryIds = await page
    .locator('[data-testid="rail"] .rail-entry')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id') ?? ''));
  const steps = entryIds.indexOf('projects-2025/overview') - entryIds.indexOf('contents');
  expect(steps).toBeGreaterThan(1);
  await entry(page, 'projects-2025/overview').locator('.rail-item').first().click();
  await blur(page);
  for (let i = 0; i < steps; i++) await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => deckIds(page).then((ids) => ids.slice(0, TARGETS.length + OVERVIEW.length + 2)))
    .toEqual(['cover', ...TARGETS, ...OVERVIEW, 'contents']);
  // The moved slide is still the current one: its notes are edited next.
  await expect(page.locator('main.current .slide-canvas')).toHaveAttribute('data-slide-id', 'projects-2025/overview');
  await page.getByTestId('notes').fill(NOTE);
  await page.getByTestId('theme-select').selectOption('blue');

  // The same edits made with the core functions: what the deck must be.
  let b = setSectionIncluded(
    newBriefing(shanxi, compileDeck(shanxi), 'official'),
    'review-2024',
    false,
    REPORT_SECTIONS,
  );
  const order = baseIds(compileDeck(shanxi, briefingCompileOptions(b, undefined)));
  b = moveSlide(b, 'targets-2025/targets', 1, order);
  b = moveSlide(b, 'projects-2025/overview', 2, order);
  b = { ...setNote(b, 'projects-2025/overview', NOTE), theme: 'blue' };
  const expected = deckOf(b);
  expect(await deckIds(page)).toEqual(expected.slides.map((s) => s.id));

  await expect(page.getByTestId('autosave')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(editor).toBeVisible();
  await expect(page.locator('main.current .slide-canvas')).toBeVisible();

  // All restored.
  await expect.poll(() => deckIds(page)).toEqual(expected.slides.map((s) => s.id));
  await expect(page.getByTestId('theme-select')).toHaveValue('blue');
  await page.getByTestId('briefing-panel-toggle').click();
  await expect(page.getByTestId('section-review-2024')).not.toBeChecked();
  await expect(page.getByTestId('section-targets-2025')).toBeChecked();
  await entry(page, 'projects-2025/overview').locator('.rail-item').first().click();
  await expect(page.getByTestId('notes')).toHaveValue(NOTE);
  await expect(page.locator('main.current .slide-canvas')).toHaveCSS(
    'background-color',
    rgb(expected.slides.find((s) => s.id === 'projects-2025/overview')!.background),
  );

  // Search covers the edited notes.
  await blur(page);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('EDITED-NOTE');
  await expect(page.getByTestId('search').locator('.search-hits li')).toHaveCount(1);
  await expect(page.getByTestId('search').locator('.search-hits li').first()).toHaveAttribute(
    'data-index',
    String(expected.slides.findIndex((s) => s.id === 'projects-2025/overview')),
  );
  await page.keyboard.press('Escape');

  // Export PPTX: the briefing's slides, in its order, with the edited note.
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format-pptx').check();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const file = await (await download).path();
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'saved');
  const slides = await pptxSlides(readFileSync(file));
  expect(slides).toHaveLength(expected.slides.length);
  slides.forEach((s, i) =>
    expect(squash(s.text), `slide ${i + 1}: ${expected.slides[i]!.id}`).toContain(squash(expected.slides[i]!.title)),
  );
  const noted = expected.slides.findIndex((s) => s.id === 'projects-2025/overview');
  expect(noted).toBe(1 + TARGETS.length); // after the cover and the targets' parts
  expect(slides[noted]!.notes).toContain('EDITED-NOTE');
  expect(slides.filter((s) => s.notes.includes('EDITED-NOTE'))).toHaveLength(1);
  expect(slides.some((s) => s.text.includes('2024年成绩单'))).toBe(false);
});

test('undo and redo over ten edits of different kinds', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, 'editor');
  await page.getByTestId('briefing-panel-toggle').click();
  const snaps = [await snapshot(page)];
  const step = async (what: string, act: () => Promise<unknown>) => {
    await act();
    await expect.poll(() => snapshot(page), what).not.toEqual(snaps.at(-1));
    snaps.push(await snapshot(page));
  };

  await step('leave out the contents', () => entry(page, 'contents').getByTestId('slide-include').uncheck());
  await step('theme', () => page.getByTestId('theme-select').selectOption('contrast'));
  await step('backup', () => entry(page, 'targets-2025/targets').getByTestId('slide-backup').click());
  await step('Alt+↓', async () => {
    await entry(page, 'targets-2025/targets').locator('.rail-item').first().click();
    await blur(page);
    await page.keyboard.press('Alt+ArrowDown');
  });
  await step('note', () => page.getByTestId('notes').fill('新的备注'));
  await step('section out', () => page.getByTestId('section-projects-2025').uncheck());
  await step('cover title', () => page.getByTestId('cover-title').fill('专题汇报'));
  await step('watermark', () => page.getByTestId('watermark-select').selectOption('内部资料'));
  await step('compare', async () => {
    await page.getByTestId('compare-select').selectOption('china-2025');
    await expect(entry(page, 'targets-2025/comparison')).toHaveCount(1);
  });
  await step('section up', () => page.locator('.section-list li[data-section-id="tasks-2025"] button').first().click());
  expect(snaps).toHaveLength(11);
  expect(new Set(snaps.map((s) => JSON.stringify(s))).size).toBe(11);
  await expect(page.getByTestId('redo')).toBeDisabled();

  await blur(page);
  for (let i = 9; i >= 0; i--) {
    await page.keyboard.press('Control+z');
    await expect.poll(() => snapshot(page), `undo to step ${i}`).toEqual(snaps[i]);
  }
  await expect(page.getByTestId('undo')).toBeDisabled();
  for (let i = 1; i <= 10; i++) {
    await page.keyboard.press(i % 2 ? 'Control+y' : 'Control+Shift+z');
    await expect.poll(() => snapshot(page), `redo to step ${i}`).toEqual(snaps[i]);
  }
  // The buttons do the same.
  await page.getByTestId('undo').click();
  await expect.poll(() => snapshot(page)).toEqual(snaps[9]);
  await page.getByTestId('redo').click();
  await expect.poll(() => snapshot(page)).toEqual(snaps[10]);
});

test('a malformed briefing file shows line:column and changes nothing', async ({ page }) => {
  await openApp(page, 'editor');
  await entry(page, 'contents').getByTestId('slide-include').uncheck();
  await page.getByTestId('theme-select').selectOption('blue');
  const before = await snapshot(page);
  const good = briefingFileText(newBriefing(shanxi, compileDeck(shanxi), 'official'));

  const cases = [
    { name: 'wrong-theme.govbrief.json', text: good.replace('"theme": "official"', '"theme": "green"'), at: '"green"' },
    {
      name: 'missing-comma.govbrief.json',
      text: good.replace('"theme": "official",', '"theme": "official"'),
      at: '"sections"',
    },
  ];
  for (const c of cases) {
    await page
      .getByTestId('briefing-file-input')
      .setInputFiles({ name: c.name, mimeType: 'application/json', buffer: Buffer.from(c.text) });
    const panel = page.getByTestId('error-panel');
    await expect(panel).toContainText(c.name);
    const lines = c.text.slice(0, c.text.indexOf(c.at)).split('\n');
    await expect(panel.locator('.problem').first().locator('code').first()).toHaveText(
      `${lines.length}:${lines.at(-1)!.length + 1}`,
    );
    expect(await snapshot(page)).toEqual(before);
    await panel.getByRole('button').first().click();
    await expect(panel).toHaveCount(0);
  }
  await expect(page.getByTestId('undo')).toBeEnabled();
});

test('save a briefing, then open it after its report changed: the slides gone are named', async ({ page }) => {
  await openApp(page, 'editor');
  await entry(page, 'contents').getByTestId('slide-include').uncheck();
  await blur(page);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`${shanxi.title}.govbrief.json`);
  const loaded = loadBriefing(saved.suggestedFilename(), readFileSync(await saved.path()));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message.en).join('; '));
  expect(loaded.briefing.excluded).toEqual(['contents']);
  expect(loaded.briefing.titles?.['contents']).toBe('目录');
  await expect(page.getByTestId('notice')).toContainText(`${shanxi.title}.govbrief.json`);

  // As if the report had changed since: another hash, and a project that is no longer in it.
  const changed: Briefing = {
    ...loaded.briefing,
    report: { ...loaded.briefing.report, hash: '0123456789abcdef' },
    order: [...loaded.briefing.order, 'projects-2025/closed-project'],
    notes: { 'projects-2025/closed-project': '已撤销项目的备注' },
    titles: { ...loaded.briefing.titles, 'projects-2025/closed-project': '已撤销的项目' },
    theme: 'contrast',
  };
  await entry(page, 'contents').getByTestId('slide-include').check();
  await page.getByTestId('briefing-file-input').setInputFiles({
    name: '会议.govbrief.json',
    mimeType: 'application/json',
    buffer: Buffer.from(briefingFileText(changed)),
  });
  const notice = page.getByTestId('briefing-notice');
  await expect(notice).toContainText('会议.govbrief.json');
  await expect(notice.locator('li')).toHaveText(['已撤销的项目（projects-2025/closed-project）']);
  // Everything else in it applies.
  await expect(page.getByTestId('theme-select')).toHaveValue('contrast');
  await expect(entry(page, 'contents').locator('.rail-item')).toHaveClass(/excluded/);
  // Opening it was one step: undo goes back.
  await blur(page);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('theme-select')).toHaveValue('official');
  await expect(entry(page, 'contents').locator('.rail-item')).not.toHaveClass(/excluded/);
});

test('URL parameters seed the briefing at start without an undo step or an autosave', async ({ page }) => {
  await openApp(page, 'editor', { theme: 'contrast', compare: 'china-2025' });
  await expect(page.getByTestId('theme-select')).toHaveValue('contrast');
  await expect(page.getByTestId('compare-select')).toHaveValue('china-2025');
  await expect(entry(page, 'targets-2025/comparison')).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await expect(page.getByTestId('autosave')).toHaveAttribute('data-state', 'idle');
  expect(
    await page.evaluate(() => (globalThis as unknown as { localStorage: { length: number } }).localStorage.length),
  ).toBe(0);
});
