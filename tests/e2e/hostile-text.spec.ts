/**
 * Text safety on screen (issue "Hardening"): a report whose strings carry RTL marks, emoji, a rare
 * ideograph outside the BMP, a 200-character word, a long URL and HTML/XML-like text (`<script>`,
 * `&amp;`, `]]>`, `<![CDATA[`, `</a:t>`, quotes) — tests/generators/hostile-report.ts — is opened
 * from a file in the editor (under a file name that is markup too), and every slide is walked:
 *   - every line the deck laid out is drawn as exactly that text (same code points, in order), on
 *     the slide and in its rail thumbnail; a long word or URL broken over lines (no hyphen added)
 *     reads back whole when the lines are joined, so every hostile string is on screen literally;
 *   - the speaker notes panel holds each slide's notes exactly, the figure source popover each
 *     quote exactly, search lists the titles exactly;
 *   - nothing the text spells out ever runs or becomes markup: no element, comment or event
 *     handler attribute is added that the text could have made (a MutationObserver installed
 *     before the app loads), the number of <script> elements is unchanged, no alert/confirm/prompt
 *     is called (a sentinel wraps them, and any dialog fails the test), and no global appears.
 * Control characters cannot reach the screen from a report: the loader refuses them with a
 * positioned error (tests/fuzz/text-safety.roundtrip.test.ts), which the second test checks in the
 * browser. The report's data notes (report.notes) are not drawn on slides (only the PDF memo
 * prints them), so they are not looked for here.
 * The guard fixture (./support/fixtures) also fails a test on a console error (the page's CSP
 * logs one for any inline handler it blocks) or a request that leaves the app's origin.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { compileDeck } from '../../core/deck/compile';
import { figuresOfElement } from '../../core/deck/element-figures';
import type { Deck, FigureRef, Slide } from '../../core/deck/types';
import { loadReport } from '../../core/report/load';
import { BACKUP_TAG_TEXT, drawnElements } from '../../core/deck/backup-tag';
import { lineString, slideBlocks } from '../generators/deck-checks';
import { HOSTILE, HOSTILE_KEYS, hostileReport } from '../generators/hostile-report';
import { shanxiDeck } from './support/deck';
import { expect, openApp, test } from './support/fixtures';

const report = hostileReport();
const json = JSON.stringify(report, null, 2);
/** The file name is hostile too: the editor shows it (title attribute, error panel). */
const FILE_NAME = `hostile-<img src=x onerror=alert(2)>&amp;'".json`;

/** The deck the app should show, compiled in Node from the same file content. */
function hostileDeck(): Deck {
  const loaded = loadReport(FILE_NAME, json);
  if (!loaded.ok)
    throw new Error(`the hostile report does not load: ${loaded.errors.map((e) => e.message.en).join('; ')}`);
  return compileDeck(loaded.report, { theme: 'official' });
}

/** Every line of a slide as the screen draws it, in drawing order: the deck's elements, and on a
 * backup slide the 备用 tag the deck places (core/deck/backup-tag.ts). */
function slideLines(slide: Slide, deck: Deck): string[] {
  const drawn = { ...slide, elements: drawnElements(slide, deck, BACKUP_TAG_TEXT) };
  return slideBlocks(drawn).flatMap(({ block }) => block.lines.map(lineString));
}

/** The figures each clickable element of a slide shows in its source popover (SlideView's figure buttons). */
function figureGroups(slide: Slide): FigureRef[][] {
  return slide.elements.map(figuresOfElement).filter((f) => f.length > 0);
}

/** A string with an unpaired UTF-16 surrogate (a character cut in half: drawn as U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface WatchReport {
  /** Markup, comments and handlers added to the document since the last reset. */
  found: string[];
  /** Calls of alert, confirm, prompt, print and open. */
  calls: string[];
  scripts: number;
  globals: string[];
  /** Text nodes of the document whose data contains the probe string. */
  textNodesWith: number;
}

/**
 * Installed before the app's own scripts (page.addInitScript): plain browser JavaScript, so it is
 * a string (this project's Node tsconfig has no DOM types).
 */
const WATCH = `(() => {
  const state = { found: [], calls: [] };
  // What the hostile strings and the file name spell out (<script>, <a:t>, <img onerror>), and kin.
  const SUSPECT = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'img']);
  const checkAttr = (el, name, value) => {
    if (/^on/i.test(name)) state.found.push(el.localName + ' @' + name);
    if (/^\\s*(javascript|vbscript|data):/i.test(value || '') && /^(src|href|action|formaction|xlink:href)$/i.test(name)) state.found.push(el.localName + ' @' + name + '=' + value);
  };
  const checkElement = (el) => {
    const name = el.localName;
    if (name.includes(':') || SUSPECT.has(name)) state.found.push('<' + name + '>');
    for (const a of Array.from(el.attributes)) checkAttr(el, a.name, a.value);
  };
  const checkNode = (node) => {
    if (node.nodeType === 1) checkElement(node);
    else if (node.nodeType === 4 || node.nodeType === 7 || node.nodeType === 8) state.found.push('node type ' + node.nodeType + ': ' + node.nodeValue);
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const walker = document.createTreeWalker(node, 0xFFFFFFFF);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) checkElement(n);
      else if (n.nodeType === 4 || n.nodeType === 7 || n.nodeType === 8) state.found.push('node type ' + n.nodeType + ': ' + n.nodeValue);
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') r.addedNodes.forEach(checkNode);
      else if (r.type === 'attributes' && r.target.nodeType === 1) checkAttr(r.target, r.attributeName, r.target.getAttribute(r.attributeName));
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const original = window[name];
    window[name] = function (...args) {
      state.calls.push(name + '(' + args.map(String).join(', ') + ')');
      return original.apply(window, args);
    };
  }
  window.open = function (...args) {
    state.calls.push('open(' + args.map(String).join(', ') + ')');
    return null;
  };
  Object.defineProperty(window, '__hostileWatch', {
    value: {
      reset() {
        state.found = [];
        state.calls = [];
      },
      report(probe) {
        let textNodesWith = 0;
        if (probe) {
          const walker = document.createTreeWalker(document.body, 4);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.includes(probe)) textNodesWith++;
        }
        return {
          found: state.found.slice(),
          calls: state.calls.slice(),
          scripts: document.querySelectorAll('script').length,
          globals: Object.getOwnPropertyNames(window),
          textNodesWith,
        };
      },
    },
  });
})();`;

async function watch(page: Page, probe = ''): Promise<WatchReport> {
  return page.evaluate<WatchReport>(`window.__hostileWatch.report(${JSON.stringify(probe)})`);
}

/** Drawn lines of a slide canvas, in DOM order. */
async function drawnLines(canvas: Locator): Promise<string[]> {
  return canvas.locator('div.line').allTextContents();
}

test.describe('hostile report text on screen', () => {
  let dir: string;
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'govbrief-hostile-'));
  });
  test.afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('every hostile string shows literally on slides, notes, sources and search, and nothing runs', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const deck = hostileDeck();
    // The deck really carries what this test looks for (guards against a tamed generator).
    const allDeckText = deck.slides
      .flatMap((s) => slideBlocks(s).map(({ block }) => block.lines.map(lineString).join('')))
      .join('\n');
    for (const key of HOSTILE_KEYS) expect(allDeckText, `deck: ${key}`).toContain(HOSTILE[key]);
    expect(
      deck.slides.some((s) =>
        slideBlocks(s).some(
          ({ block }) => block.lines.length > 1 && block.lines.map(lineString).join('').includes(HOSTILE.longWord),
        ),
      ),
    ).toBe(true);

    const file = join(dir, FILE_NAME);
    writeFileSync(file, json);

    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await page.addInitScript({ content: WATCH });
    const editor = await openApp(page, 'editor');
    const title = page.getByTestId('report-title');
    await expect(title).toHaveText(shanxiDeck().meta.title);

    const before = await watch(page);
    expect(before.scripts).toBeGreaterThan(0);
    await page.evaluate('window.__hostileWatch.reset()');

    await page.getByTestId('file-input').setInputFiles(file);
    await expect(title).toHaveText(report.title);
    await expect(title).toHaveAttribute('title', FILE_NAME);
    await expect(page.getByTestId('error-panel')).toHaveCount(0);
    const rail = page.getByTestId('rail');
    await expect(rail.locator('.rail-item[data-index]')).toHaveCount(deck.slides.length);

    // `<script>` is text: a text node holds it (the cover title, the header of every slide).
    expect((await watch(page, HOSTILE.script)).textNodesWith).toBeGreaterThan(0);

    const canvas = page.locator('main.current .slide-canvas');
    const notes = page.getByTestId('notes');
    const popover = page.locator('.figure-popover');
    const shown: string[] = [];
    const quotes: string[] = [];
    for (const [i, slide] of deck.slides.entries()) {
      const where = `slide ${i + 1} (${slide.id})`;
      const item = rail.locator(`.rail-item[data-index="${i}"]`);
      await item.click();
      await expect(editor).toHaveAttribute('data-index', String(i));
      await expect(canvas).toHaveAttribute('data-slide-id', slide.id);

      // Every line exactly as laid out: the same code points, nothing decoded, nothing dropped.
      const lines = slideLines(slide, deck);
      expect(await drawnLines(canvas), `${where}: lines`).toEqual(lines);
      // The slide's whole text: lines follow one another with nothing between them, so a word
      // the deck broke over lines reads back whole.
      const text = (await canvas.textContent()) ?? '';
      expect(text, `${where}: text`).toBe(lines.join(''));
      shown.push(text);

      // The rail's thumbnail draws the same lines, and names the slide by its title.
      const thumb = item.locator('.slide-canvas');
      await expect(thumb).toBeAttached();
      expect(await drawnLines(thumb), `${where}: thumbnail lines`).toEqual(lines);
      const include = item.getByTestId('slide-include');
      if ((await include.count()) > 0) {
        const label = (await include.getAttribute('aria-label')) ?? '';
        expect(label.slice(label.indexOf('：') + 1), `${where}: rail checkbox label`).toBe(slide.title);
      }

      // The speaker notes, exactly.
      await expect(notes, `${where}: notes`).toHaveValue(slide.notes);

      // Each figure's source quote, exactly.
      const groups = figureGroups(slide);
      const hits = canvas.locator('.figure-hit');
      await expect(hits, `${where}: figure buttons`).toHaveCount(groups.length);
      for (const [k, figures] of groups.entries()) {
        await hits.nth(k).click();
        await expect(popover).toBeVisible();
        const sources = popover.locator('.figure-source');
        await expect(sources).toHaveCount(figures.length);
        expect(await sources.locator('.figure-label').allTextContents(), `${where}: figure ${k + 1} labels`).toEqual(
          figures.map((f) => f.label),
        );
        expect(
          await sources.locator('.figure-display').allTextContents(),
          `${where}: figure ${k + 1} displays`,
        ).toEqual(figures.map((f) => f.display));
        const q = await sources.locator('blockquote').allTextContents();
        expect(q, `${where}: figure ${k + 1} quotes`).toEqual(figures.map((f) => `“${f.quote}”`));
        quotes.push(...q);
        await page.keyboard.press('Escape');
        await expect(popover).toHaveCount(0);
      }
    }

    // Every hostile string is on screen literally, on a slide, in the notes and in a quote.
    const allShown = shown.join('\n');
    const allNotes = deck.slides.map((s) => s.notes).join('\n');
    for (const key of HOSTILE_KEYS) {
      expect(allShown, `slides: ${key}`).toContain(HOSTILE[key]);
      expect(allNotes, `notes: ${key}`).toContain(HOSTILE[key]);
    }
    const allQuotes = quotes.join('\n');
    for (const key of HOSTILE_KEYS) expect(allQuotes, `quotes: ${key}`).toContain(HOSTILE[key]);
    // Nothing was decoded on the way: the entity text is still an entity, not "&<A".
    expect(allShown).not.toContain('&<A');

    // Search finds each hostile string and lists the slides by their exact titles.
    await page.keyboard.press('Control+f');
    const search = page.getByTestId('search');
    await expect(search).toBeVisible();
    for (const key of HOSTILE_KEYS) {
      await search.locator('input').fill(HOSTILE[key]);
      const hitItems = search.locator('.search-hits li[data-index]');
      await expect(hitItems.first(), `search: ${key}`).toBeVisible();
      const indices = (await hitItems.evaluateAll((els) => els.map((e) => e.getAttribute('data-index') ?? ''))).map(
        Number,
      );
      expect(await hitItems.locator('.title').allTextContents(), `search titles: ${key}`).toEqual(
        indices.map((n) => deck.slides[n]!.title),
      );
    }
    await page.keyboard.press('Escape');
    await expect(search).toHaveCount(0);

    // Nothing ran and nothing became markup.
    const after = await watch(page);
    expect(
      {
        found: after.found,
        calls: after.calls,
        dialogs,
        scripts: after.scripts,
        newGlobals: after.globals.filter((g) => !before.globals.includes(g)),
      },
      'markup, comments or handlers added, alert/confirm/prompt/print/open calls, dialogs, <script> count, new globals',
    ).toEqual({ found: [], calls: [], dialogs: [], scripts: before.scripts, newGlobals: [] });
  });

  // Excerpts are cut at whole characters (renderer/src/app/slide-text.ts, excerptAround): an
  // emoji or 𠂇 at either end must not show as half a surrogate pair (U+FFFD).
  test('search excerpts never cut a character in half', async ({ page }) => {
    const file = join(dir, 'hostile.json');
    writeFileSync(file, json);
    await openApp(page, 'editor');
    await page.getByTestId('file-input').setInputFiles(file);
    await expect(page.getByTestId('report-title')).toHaveText(report.title);
    await page.keyboard.press('Control+f');
    const search = page.getByTestId('search');
    const cut: string[] = [];
    for (const key of HOSTILE_KEYS) {
      await search.locator('input').fill(HOSTILE[key]);
      const hitItems = search.locator('.search-hits li[data-index]');
      await expect(hitItems.first()).toBeVisible();
      for (const excerpt of await hitItems.locator('.excerpt').allTextContents())
        if (LONE_SURROGATE.test(excerpt)) cut.push(`${key}: ${JSON.stringify(excerpt)}`);
    }
    expect(cut).toEqual([]);
  });

  test('a control character in a report is refused with its position, never drawn', async ({ page }) => {
    // As tests/fuzz/text-safety.roundtrip.test.ts: the schema refuses C0 controls (escaped in the
    // JSON); a raw one is a JSON syntax error. Either way the previous deck stays, and the error
    // panel names the file (markup here: it must show as text) and the position.
    const cases = [
      {
        name: `<svg onload=alert(4)>&amp;escaped-control.json`,
        content: json.replace('"text": "摘要', '"text": "摘\\u0007要'),
        code: 'control-character',
      },
      {
        name: `<img src=x onerror=alert(3)>raw-control.json`,
        content: json.replace('"text": "摘要', '"text": "摘\u0007要'),
        code: 'json-syntax',
      },
    ];
    const shanxi = shanxiDeck();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await openApp(page, 'editor');
    const title = page.getByTestId('report-title');
    await expect(title).toHaveText(shanxi.meta.title);
    for (const c of cases) {
      expect(c.content, c.name).not.toBe(json);
      const loaded = loadReport(c.name, c.content);
      expect(loaded.ok, c.name).toBe(false);
      if (loaded.ok) throw new Error(`${c.name} loaded`);
      const want = loaded.errors.find((e) => e.code === c.code)!;
      expect(want, c.name).toBeDefined();
      const file = join(dir, c.name);
      writeFileSync(file, c.content);
      await page.getByTestId('file-input').setInputFiles(file);
      const panel = page.getByTestId('error-panel');
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(c.name);
      await expect(panel.locator('.problem').first().locator('code').first()).toHaveText(`${want.line}:${want.column}`);
      expect(await panel.textContent(), c.name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      await expect(title).toHaveText(shanxi.meta.title);
      await expect(page.getByTestId('rail').locator('.rail-item')).toHaveCount(shanxi.slides.length);
      await panel.getByRole('button').click();
      await expect(panel).toHaveCount(0);
    }
    expect(dialogs, 'dialogs').toEqual([]);
  });
});
