/**
 * Child-element order of the ECMA-376 (5th ed., Part 1) complex types the PPTX exporter writes,
 * transcribed from pml.xsd, dml-main.xsd and dml-chart.xsd, and a checker over parsed parts.
 *
 * A sequence is a list of slots; a slot names one element or a choice ("a:noFill|a:solidFill"),
 * with how often it may occur: "?" at most once, "1" exactly once, "*" any number, "+" at least
 * once. A child that fits no later slot is out of order (or unknown); a required slot skipped is
 * missing. Content models the exporter never fills (extLst payloads, colour transforms, the
 * chart's embedded drawing) are listed in OPEN: their children are not checked.
 */
import type { Element as XmlElement } from '@xmldom/xmldom';

type Count = '?' | '1' | '*' | '+';
type Slot = readonly [names: string, count: Count];

const FILL = 'a:noFill|a:solidFill|a:gradFill|a:blipFill|a:pattFill|a:grpFill';
const LINE_FILL = 'a:noFill|a:solidFill|a:gradFill|a:pattFill';
const EFFECT = 'a:effectLst|a:effectDag';
const COLOR = 'a:scrgbClr|a:srgbClr|a:hslClr|a:sysClr|a:schemeClr|a:prstClr';

/** CT_TextBody (a:txBody, p:txBody, c:rich, c:txPr). */
const TEXT_BODY: Slot[] = [
  ['a:bodyPr', '1'],
  ['a:lstStyle', '?'],
  ['a:p', '+'],
];
/** CT_TextCharacterProperties (a:rPr, a:defRPr, a:endParaRPr). */
const RUN_PROPS: Slot[] = [
  ['a:ln', '?'],
  [FILL, '?'],
  [EFFECT, '?'],
  ['a:highlight', '?'],
  ['a:uLnTx|a:uLn', '?'],
  ['a:uFillTx|a:uFill', '?'],
  ['a:latin', '?'],
  ['a:ea', '?'],
  ['a:cs', '?'],
  ['a:sym', '?'],
  ['a:hlinkClick', '?'],
  ['a:hlinkMouseOver', '?'],
  ['a:rtl', '?'],
  ['a:extLst', '?'],
];
/** CT_TextParagraphProperties (a:pPr, a:lvlNpPr, a:defPPr). */
const PARA_PROPS: Slot[] = [
  ['a:lnSpc', '?'],
  ['a:spcBef', '?'],
  ['a:spcAft', '?'],
  ['a:buClrTx|a:buClr', '?'],
  ['a:buSzTx|a:buSzPct|a:buSzPts', '?'],
  ['a:buFontTx|a:buFont', '?'],
  ['a:buNone|a:buAutoNum|a:buChar|a:buBlip', '?'],
  ['a:tabLst', '?'],
  ['a:defRPr', '?'],
  ['a:extLst', '?'],
];
/** CT_ShapeProperties (p:spPr, c:spPr). */
const SHAPE_PROPS: Slot[] = [
  ['a:xfrm', '?'],
  ['a:custGeom|a:prstGeom', '?'],
  [FILL, '?'],
  ['a:ln', '?'],
  [EFFECT, '?'],
  ['a:scene3d', '?'],
  ['a:sp3d', '?'],
  ['a:extLst', '?'],
];
const SPACING: Slot[] = [['a:spcPct|a:spcPts', '1']];
/** CT_DLbls / CT_DLbl's shared group (after dLbl* / idx). */
const LABEL_SETTINGS: Slot[] = [
  ['c:numFmt', '?'],
  ['c:spPr', '?'],
  ['c:txPr', '?'],
  ['c:dLblPos', '?'],
  ['c:showLegendKey', '?'],
  ['c:showVal', '?'],
  ['c:showCatName', '?'],
  ['c:showSerName', '?'],
  ['c:showPercent', '?'],
  ['c:showBubbleSize', '?'],
  ['c:separator', '?'],
];
const AXIS_HEAD: Slot[] = [
  ['c:axId', '1'],
  ['c:scaling', '1'],
  ['c:delete', '?'],
  ['c:axPos', '1'],
  ['c:majorGridlines', '?'],
  ['c:minorGridlines', '?'],
  ['c:title', '?'],
  ['c:numFmt', '?'],
  ['c:majorTickMark', '?'],
  ['c:minorTickMark', '?'],
  ['c:tickLblPos', '?'],
  ['c:spPr', '?'],
  ['c:txPr', '?'],
  ['c:crossAx', '1'],
  ['c:crosses|c:crossesAt', '?'],
];
const CHARTS =
  'c:areaChart|c:area3DChart|c:lineChart|c:line3DChart|c:stockChart|c:radarChart|c:scatterChart|c:pieChart|' +
  'c:pie3DChart|c:doughnutChart|c:barChart|c:bar3DChart|c:ofPieChart|c:surfaceChart|c:surface3DChart|c:bubbleChart';

export const SEQUENCES: Readonly<Record<string, readonly Slot[]>> = {
  // pml.xsd
  'p:sld': [
    ['p:cSld', '1'],
    ['p:clrMapOvr', '?'],
    ['p:transition', '?'],
    ['p:timing', '?'],
    ['p:extLst', '?'],
  ],
  'p:notes': [
    ['p:cSld', '1'],
    ['p:clrMapOvr', '?'],
    ['p:extLst', '?'],
  ],
  'p:cSld': [
    ['p:bg', '?'],
    ['p:spTree', '1'],
    ['p:custDataLst', '?'],
    ['p:controls', '?'],
    ['p:extLst', '?'],
  ],
  'p:bg': [['p:bgPr|p:bgRef', '1']],
  'p:bgPr': [
    [FILL, '1'],
    [EFFECT, '?'],
    ['p:extLst', '?'],
  ],
  'p:spTree': [
    ['p:nvGrpSpPr', '1'],
    ['p:grpSpPr', '1'],
    ['p:sp|p:grpSp|p:graphicFrame|p:cxnSp|p:pic|p:contentPart', '*'],
    ['p:extLst', '?'],
  ],
  'p:nvGrpSpPr': [
    ['p:cNvPr', '1'],
    ['p:cNvGrpSpPr', '1'],
    ['p:nvPr', '1'],
  ],
  'p:grpSpPr': [
    ['a:xfrm', '?'],
    [FILL, '?'],
    [EFFECT, '?'],
    ['a:scene3d', '?'],
    ['a:extLst', '?'],
  ],
  'p:sp': [
    ['p:nvSpPr', '1'],
    ['p:spPr', '1'],
    ['p:style', '?'],
    ['p:txBody', '?'],
    ['p:extLst', '?'],
  ],
  'p:nvSpPr': [
    ['p:cNvPr', '1'],
    ['p:cNvSpPr', '1'],
    ['p:nvPr', '1'],
  ],
  'p:cNvPr': [
    ['a:hlinkClick', '?'],
    ['a:hlinkHover', '?'],
    ['a:extLst', '?'],
  ],
  'p:cNvSpPr': [
    ['a:spLocks', '?'],
    ['a:extLst', '?'],
  ],
  'p:nvPr': [
    ['p:ph', '?'],
    ['a:audioCd|a:wavAudioFile|a:audioFile|a:videoFile|a:quickTimeFile', '?'],
    ['p:custDataLst', '?'],
    ['p:extLst', '?'],
  ],
  'p:spPr': SHAPE_PROPS,
  'p:txBody': TEXT_BODY,
  'p:graphicFrame': [
    ['p:nvGraphicFramePr', '1'],
    ['p:xfrm', '1'],
    ['a:graphic', '1'],
    ['p:extLst', '?'],
  ],
  'p:nvGraphicFramePr': [
    ['p:cNvPr', '1'],
    ['p:cNvGraphicFramePr', '1'],
    ['p:nvPr', '1'],
  ],
  'p:cNvGraphicFramePr': [
    ['a:graphicFrameLocks', '?'],
    ['a:extLst', '?'],
  ],
  'p:xfrm': [
    ['a:off', '?'],
    ['a:ext', '?'],
  ],
  'p:clrMapOvr': [['a:masterClrMapping|a:overrideClrMapping', '1']],
  // dml-main.xsd
  'a:xfrm': [
    ['a:off', '?'],
    ['a:ext', '?'],
    ['a:chOff', '?'],
    ['a:chExt', '?'],
  ],
  'a:prstGeom': [['a:avLst', '?']],
  'a:avLst': [['a:gd', '*']],
  'a:ln': [
    [LINE_FILL, '?'],
    ['a:prstDash|a:custDash', '?'],
    ['a:round|a:bevel|a:miter', '?'],
    ['a:headEnd', '?'],
    ['a:tailEnd', '?'],
    ['a:extLst', '?'],
  ],
  'a:solidFill': [[COLOR, '?']],
  'a:bodyPr': [
    ['a:prstTxWarp', '?'],
    ['a:noAutofit|a:normAutofit|a:spAutoFit', '?'],
    ['a:scene3d', '?'],
    ['a:sp3d', '?'],
    ['a:flatTx', '?'],
    ['a:extLst', '?'],
  ],
  'a:lstStyle': [
    ['a:defPPr', '?'],
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n): Slot => [`a:lvl${n}pPr`, '?']),
    ['a:extLst', '?'],
  ],
  ...Object.fromEntries(
    ['a:defPPr', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `a:lvl${n}pPr`)].map((n) => [n, PARA_PROPS]),
  ),
  'a:pPr': PARA_PROPS,
  'a:lnSpc': SPACING,
  'a:spcBef': SPACING,
  'a:spcAft': SPACING,
  'a:p': [
    ['a:pPr', '?'],
    ['a:r|a:br|a:fld', '*'],
    ['a:endParaRPr', '?'],
  ],
  'a:r': [
    ['a:rPr', '?'],
    ['a:t', '1'],
  ],
  'a:br': [['a:rPr', '?']],
  'a:fld': [
    ['a:rPr', '?'],
    ['a:pPr', '?'],
    ['a:t', '?'],
  ],
  'a:rPr': RUN_PROPS,
  'a:defRPr': RUN_PROPS,
  'a:endParaRPr': RUN_PROPS,
  'a:txBody': TEXT_BODY,
  'a:graphic': [['a:graphicData', '1']],
  'a:tbl': [
    ['a:tblPr', '?'],
    ['a:tblGrid', '1'],
    ['a:tr', '*'],
  ],
  'a:tblPr': [
    [FILL, '?'],
    [EFFECT, '?'],
    ['a:tableStyle|a:tableStyleId', '?'],
    ['a:extLst', '?'],
  ],
  'a:tblGrid': [['a:gridCol', '*']],
  'a:gridCol': [['a:extLst', '?']],
  'a:tr': [
    ['a:tc', '*'],
    ['a:extLst', '?'],
  ],
  'a:tc': [
    ['a:txBody', '?'],
    ['a:tcPr', '?'],
    ['a:extLst', '?'],
  ],
  'a:tcPr': [
    ['a:lnL', '?'],
    ['a:lnR', '?'],
    ['a:lnT', '?'],
    ['a:lnB', '?'],
    ['a:lnTlToBr', '?'],
    ['a:lnBlToTr', '?'],
    ['a:cell3D', '?'],
    [FILL, '?'],
    ['a:headers', '?'],
    ['a:extLst', '?'],
  ],
  // dml-chart.xsd
  'c:chartSpace': [
    ['c:date1904', '?'],
    ['c:lang', '?'],
    ['c:roundedCorners', '?'],
    ['mc:AlternateContent', '?'],
    ['c:style', '?'],
    ['c:clrMapOvr', '?'],
    ['c:pivotSource', '?'],
    ['c:protection', '?'],
    ['c:chart', '1'],
    ['c:spPr', '?'],
    ['c:txPr', '?'],
    ['c:externalData', '?'],
    ['c:printSettings', '?'],
    ['c:userShapes', '?'],
    ['c:extLst', '?'],
  ],
  'c:chart': [
    ['c:title', '?'],
    ['c:autoTitleDeleted', '?'],
    ['c:pivotFmts', '?'],
    ['c:view3D', '?'],
    ['c:floor', '?'],
    ['c:sideWall', '?'],
    ['c:backWall', '?'],
    ['c:plotArea', '1'],
    ['c:legend', '?'],
    ['c:plotVisOnly', '?'],
    ['c:dispBlanksAs', '?'],
    ['c:showDLblsOverMax', '?'],
    ['c:extLst', '?'],
  ],
  'c:plotArea': [
    ['c:layout', '?'],
    [CHARTS, '+'],
    ['c:valAx|c:catAx|c:dateAx|c:serAx', '*'],
    ['c:dTable', '?'],
    ['c:spPr', '?'],
    ['c:extLst', '?'],
  ],
  'c:layout': [
    ['c:manualLayout', '?'],
    ['c:extLst', '?'],
  ],
  'c:manualLayout': [
    ['c:layoutTarget', '?'],
    ['c:xMode', '?'],
    ['c:yMode', '?'],
    ['c:wMode', '?'],
    ['c:hMode', '?'],
    ['c:x', '?'],
    ['c:y', '?'],
    ['c:w', '?'],
    ['c:h', '?'],
    ['c:extLst', '?'],
  ],
  'c:barChart': [
    ['c:barDir', '1'],
    ['c:grouping', '?'],
    ['c:varyColors', '?'],
    ['c:ser', '*'],
    ['c:dLbls', '?'],
    ['c:gapWidth', '?'],
    ['c:overlap', '?'],
    ['c:serLines', '*'],
    ['c:axId', '+'],
    ['c:extLst', '?'],
  ],
  'c:doughnutChart': [
    ['c:varyColors', '?'],
    ['c:ser', '*'],
    ['c:dLbls', '?'],
    ['c:firstSliceAng', '?'],
    ['c:holeSize', '?'],
    ['c:extLst', '?'],
  ],
  // CT_BarSer and CT_PieSer share a head; the union keeps both orders (explosion only in pie).
  'c:ser': [
    ['c:idx', '1'],
    ['c:order', '1'],
    ['c:tx', '?'],
    ['c:spPr', '?'],
    ['c:invertIfNegative', '?'],
    ['c:pictureOptions', '?'],
    ['c:explosion', '?'],
    ['c:dPt', '*'],
    ['c:dLbls', '?'],
    ['c:trendline', '*'],
    ['c:errBars', '?'],
    ['c:cat', '?'],
    ['c:val', '?'],
    ['c:shape', '?'],
    ['c:extLst', '?'],
  ],
  'c:dPt': [
    ['c:idx', '1'],
    ['c:invertIfNegative', '?'],
    ['c:marker', '?'],
    ['c:bubble3D', '?'],
    ['c:explosion', '?'],
    ['c:spPr', '?'],
    ['c:pictureOptions', '?'],
    ['c:extLst', '?'],
  ],
  'c:dLbls': [
    ['c:dLbl', '*'],
    ['c:delete', '?'],
    ...LABEL_SETTINGS,
    ['c:showLeaderLines', '?'],
    ['c:leaderLines', '?'],
    ['c:extLst', '?'],
  ],
  'c:dLbl': [['c:idx', '1'], ['c:delete', '?'], ['c:layout', '?'], ['c:tx', '?'], ...LABEL_SETTINGS, ['c:extLst', '?']],
  'c:tx': [['c:strRef|c:rich|c:v', '1']],
  'c:rich': TEXT_BODY,
  'c:txPr': TEXT_BODY,
  'c:spPr': SHAPE_PROPS,
  'c:cat': [['c:multiLvlStrRef|c:numRef|c:numLit|c:strRef|c:strLit', '1']],
  'c:val': [['c:numRef|c:numLit', '1']],
  'c:strRef': [
    ['c:f', '1'],
    ['c:strCache', '?'],
    ['c:extLst', '?'],
  ],
  'c:numRef': [
    ['c:f', '1'],
    ['c:numCache', '?'],
    ['c:extLst', '?'],
  ],
  'c:multiLvlStrRef': [
    ['c:f', '1'],
    ['c:multiLvlStrCache', '?'],
    ['c:extLst', '?'],
  ],
  'c:multiLvlStrCache': [
    ['c:ptCount', '?'],
    ['c:lvl', '*'],
    ['c:extLst', '?'],
  ],
  'c:lvl': [
    ['c:pt', '*'],
    ['c:extLst', '?'],
  ],
  'c:strCache': [
    ['c:ptCount', '?'],
    ['c:pt', '*'],
    ['c:extLst', '?'],
  ],
  'c:numCache': [
    ['c:formatCode', '?'],
    ['c:ptCount', '?'],
    ['c:pt', '*'],
    ['c:extLst', '?'],
  ],
  'c:pt': [['c:v', '1']],
  'c:catAx': [
    ...AXIS_HEAD,
    ['c:auto', '?'],
    ['c:lblAlgn', '?'],
    ['c:lblOffset', '?'],
    ['c:tickLblSkip', '?'],
    ['c:tickMarkSkip', '?'],
    ['c:noMultiLvlLbl', '?'],
    ['c:extLst', '?'],
  ],
  'c:valAx': [
    ...AXIS_HEAD,
    ['c:crossBetween', '?'],
    ['c:majorUnit', '?'],
    ['c:minorUnit', '?'],
    ['c:dispUnits', '?'],
    ['c:extLst', '?'],
  ],
  'c:scaling': [
    ['c:logBase', '?'],
    ['c:orientation', '?'],
    ['c:max', '?'],
    ['c:min', '?'],
    ['c:extLst', '?'],
  ],
  'c:majorGridlines': [['c:spPr', '?']],
  'c:minorGridlines': [['c:spPr', '?']],
  'c:title': [
    ['c:tx', '?'],
    ['c:layout', '?'],
    ['c:overlay', '?'],
    ['c:spPr', '?'],
    ['c:txPr', '?'],
    ['c:extLst', '?'],
  ],
  'c:legend': [
    ['c:legendPos', '?'],
    ['c:legendEntry', '*'],
    ['c:layout', '?'],
    ['c:overlay', '?'],
    ['c:spPr', '?'],
    ['c:txPr', '?'],
    ['c:extLst', '?'],
  ],
  'c:externalData': [['c:autoUpdate', '?']],
};

/** Elements whose content is open (any children) or not the exporter's to order. */
export const OPEN = new Set(['a:graphicData', 'a:extLst', 'p:extLst', 'c:extLst', 'a:ext', 'mc:AlternateContent']);

/** Colour elements hold any number of colour transforms in any order. */
const COLOR_ELEMENTS = new Set(COLOR.split('|'));

function children(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

/** Problems with one element's children against its sequence (`path` names it in messages). */
export function sequenceProblems(el: XmlElement, slots: readonly Slot[], path: string): string[] {
  const problems: string[] = [];
  const names = (i: number) => slots[i]![0].split('|');
  const required = (i: number) => slots[i]![1] === '1' || slots[i]![1] === '+';
  const repeats = (i: number) => slots[i]![1] === '*' || slots[i]![1] === '+';
  // The slot the last child matched, and how many children it holds so far.
  let slot = 0;
  let count = 0;
  for (const child of children(el)) {
    const name = child.tagName;
    if (count > 0 && repeats(slot) && names(slot).includes(name)) {
      count++;
      continue;
    }
    const from = count > 0 ? slot + 1 : slot;
    let at = from;
    while (at < slots.length && !names(at).includes(name)) at++;
    if (at === slots.length) {
      const known = slots.some((_, i) => names(i).includes(name));
      problems.push(`${path}: <${name}> ${known ? 'out of order' : 'not allowed here'}`);
      continue;
    }
    for (let k = from; k < at; k++)
      if (required(k)) problems.push(`${path}: <${slots[k]![0]}> missing before <${name}>`);
    slot = at;
    count = 1;
  }
  for (let k = count > 0 ? slot + 1 : slot; k < slots.length; k++) {
    if (required(k)) problems.push(`${path}: <${slots[k]![0]}> missing at the end`);
  }
  return problems;
}

/**
 * Every order problem in the tree under `root`, and the names of elements with children that
 * have no sequence here (so a test can insist the table covers whatever the exporter writes).
 */
export function orderProblems(root: XmlElement, part: string): { problems: string[]; unchecked: Set<string> } {
  const problems: string[] = [];
  const unchecked = new Set<string>();
  const walk = (el: XmlElement, path: string) => {
    const name = el.tagName;
    if (OPEN.has(name) || COLOR_ELEMENTS.has(name)) return;
    const kids = children(el);
    const slots = SEQUENCES[name];
    if (slots) problems.push(...sequenceProblems(el, slots, path));
    else if (kids.length > 0) unchecked.add(name);
    kids.forEach((k, i) => walk(k, `${path}/${k.tagName}[${i}]`));
  };
  walk(root, `${part}:${root.tagName}`);
  return { problems, unchecked };
}
