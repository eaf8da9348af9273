/**
 * The text body of a deck text block, written by us rather than pptxgenjs: pptxgenjs 4.0.1 writes
 * `<a:pPr>` again after each `<a:r>` of a multi-run paragraph (a schema violation PowerPoint may
 * offer to repair) and cannot say "wrap in the box, shrink an edited box that overflows".
 *
 * What staff get in PowerPoint/WPS/LibreOffice: one paragraph per block (a bullet, a sentence, a
 * label), not one per visual line, so an edited sentence reflows; `wrap="square"` so it wraps at
 * the box, with East Asian line breaking, Latin words whole and no hanging punctuation (LibreOffice
 * hangs a line-end "，" past the box otherwise); insets explicit (zero: the deck's box is the text's box); `<a:normAutofit/>` so an
 * edited box that grows too long shrinks rather than running under the next card. The deck's
 * lines still fit where the deck put them: each box keeps the width slack of
 * core/deck/text/width-slack.ts beyond its widest line.
 *
 * Element order is ECMA-376's (dml-main.xsd): CT_TextBody bodyPr, lstStyle, p+; CT_TextParagraph
 * pPr, r*, endParaRPr; CT_TextParagraphProperties lnSpc, spcBef, spcAft, buNone; CT_TextCharacter-
 * Properties fill, latin, ea, cs. pptx.schema-order.test.ts checks every part against them.
 */
import { hexDigits } from '../../deck/color';
import type { Line, Run, TextBlock } from '../../deck/types';
import { pxToPt } from '../../deck/units';
import { escapeXmlText } from './postprocess';

export interface TextBodyStyle {
  readonly emphasisColor: string;
  readonly fontFace: string;
}

/** DrawingML sizes are in hundredths of a point. */
const CENTIPOINTS_PER_PT = 100;

const ALIGN = { left: 'l', center: 'ctr', right: 'r' } as const;
const ANCHOR = { top: 't', middle: 'ctr', bottom: 'b' } as const;

const centipoints = (px: number) => Math.round(pxToPt(px) * CENTIPOINTS_PER_PT);

/** U+2060 WORD JOINER: no line break between the characters it joins, and it draws nothing. */
const WORD_JOINER = '\u2060';

/**
 * A figure the deck kept on one line ("50个社区养老工程") with word joiners between its
 * characters: the deck's wrapper does not break inside a figure that fits a line, and a viewer
 * re-wrapping the paragraph must not either (LibreOffice otherwise pulls "50" up to the end of
 * the line before and sets the block on one line more than the deck).
 */
export function keepTogether(text: string): string {
  return [...text].join(WORD_JOINER);
}

/**
 * The block's runs as one paragraph: the visual lines joined (a space put back where the deck's
 * wrapper broke at a space and dropped it, Line.spaceBefore), neighbouring runs of the same emphasis merged, and
 * each figure the deck set whole on one line kept together (a figure broken over two lines by
 * the deck, the last run of a line continued by the first of the next, stays breakable).
 */
export function paragraphRuns(lines: readonly Line[]): Run[] {
  const runs: Run[] = [];
  const push = (text: string, emphasis: boolean) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && Boolean(last.emphasis) === emphasis) last.text += text;
    else runs.push(emphasis ? { text, emphasis } : { text });
  };
  const parts = lines.map((l) => l.runs.filter((r) => r.text));
  parts.forEach((line, i) => {
    if (lines[i]!.spaceBefore) push(' ', Boolean(runs[runs.length - 1]?.emphasis));
    line.forEach((run, k) => {
      const continued = k === line.length - 1 && Boolean(parts[i + 1]?.[0]?.emphasis);
      const continues = k === 0 && Boolean(parts[i - 1]?.[parts[i - 1]!.length - 1]?.emphasis);
      const whole = run.emphasis && [...run.text].length > 1 && !continued && !continues;
      push(whole ? keepTogether(run.text) : run.text, Boolean(run.emphasis));
    });
  });
  return runs;
}

function fontXml(face: string): string {
  const f = escapeXmlAttr(face);
  return `<a:latin typeface="${f}"/><a:ea typeface="${f}"/><a:cs typeface="${f}"/>`;
}

function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;');
}

/** `<a:p>` holding the block's text: one paragraph, the block's size, spacing and colours. */
export function paragraphXml(block: TextBlock, style: TextBodyStyle): string {
  const sz = centipoints(block.fontSizePx);
  const bold = block.weight === 'bold';
  const pPr =
    `<a:pPr algn="${ALIGN[block.align]}" marL="0" indent="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="0">` +
    `<a:lnSpc><a:spcPts val="${centipoints(block.lineHeightPx)}"/></a:lnSpc>` +
    `<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>`;
  const font = fontXml(style.fontFace);
  const runs = paragraphRuns(block.lines)
    .map((run) => {
      const emphasis = Boolean(run.emphasis);
      const color = hexDigits(emphasis ? style.emphasisColor : block.color);
      return (
        `<a:r><a:rPr lang="zh-CN" sz="${sz}"${bold || emphasis ? ' b="1"' : ''}>` +
        `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${font}</a:rPr>` +
        `<a:t>${escapeXmlText(run.text)}</a:t></a:r>`
      );
    })
    .join('');
  return `<a:p>${pPr}${runs}<a:endParaRPr lang="zh-CN" sz="${sz}"${bold ? ' b="1"' : ''}/></a:p>`;
}

/**
 * The `<p:txBody>` of a text box at the block's box: wraps at the box, zero insets, shrinks when
 * an edit overflows it.
 */
export function shapeTextBodyXml(block: TextBlock, style: TextBodyStyle): string {
  return (
    `<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="${ANCHOR[block.valign]}">` +
    `<a:normAutofit/></a:bodyPr><a:lstStyle/>${paragraphXml(block, style)}</p:txBody>`
  );
}

/**
 * The `<a:txBody>` of a table cell: the cell's margins and anchor are on its `<a:tcPr>`
 * (pptxgenjs writes them from the deck's text box), and a cell always wraps at its column.
 */
export function cellTextBodyXml(block: TextBlock, style: TextBodyStyle): string {
  return `<a:txBody><a:bodyPr/><a:lstStyle/>${paragraphXml(block, style)}</a:txBody>`;
}
