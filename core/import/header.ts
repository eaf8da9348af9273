/**
 * The report's own facts: when and where it was delivered, by whom, for which region, and who
 * compiled a digest. What the text does not say is left as a marked gap and listed for review.
 */
import { ReportSchema, type Report } from '../report/schema';
import { reviewItem, type ReviewItem } from './review-items';
import { squash } from './text';

type Level = Report['level'];
const LEVELS: readonly string[] = ReportSchema.shape.level.options;

/** Placeholder for a field the text did not give; a review item says so. */
export const UNKNOWN = '待填写';

const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/gu;
const MEETING = /(?:[\u4e00-\u9fff]{0,12}?)(?:人大|人民代表大会)[\u4e00-\u9fff]{0,14}?会议/u;
const OFFICIAL =
  /(代?(?:省长|市长|县长|区长|州长|盟长|旗长|自治区主席))[ \t\u3000]*([\u4e00-\u9fff]{2,3})(?=[ \t\u3000\n]|向|同志|$)/mu;
const REGION_END = '(?:省|自治区|市|自治州|州|县|区|旗)';
const REGION = new RegExp(`([\\u4e00-\\u9fff]{2,10}?${REGION_END})(?:\\d{4}年)?(?:人民政府|政府工作报告)`, 'u');
/** "鹭江市第十七届人民代表大会…": the region that holds the meeting. */
const MEETING_REGION = new RegExp(`^([\\u4e00-\\u9fff]{2,8}?${REGION_END})第`, 'u');

export interface Header {
  region: string;
  level: Level;
  delivered: Report['delivered'];
  compiledBy: string[];
  sourceTitle: string | undefined;
  items: ReviewItem[];
}

function levelOf(official: string | undefined): Level | undefined {
  if (!official) return undefined;
  if (/省长|自治区主席/u.test(official)) return 'province';
  if (/市长|州长|盟长/u.test(official)) return 'city';
  // Counties and districts: a level of their own where the data format has one.
  if (LEVELS.includes('county')) return 'county' as Level;
  return 'city';
}

export function readHeader(source: string, year: number): Header {
  const items: ReviewItem[] = [];
  const head = source.slice(0, Math.min(source.length, 4000));
  let delivered: Report['delivered'] | undefined;
  for (const m of head.matchAll(DATE)) {
    const lineEnd = head.indexOf('\n', m.index);
    const after = head.slice(m.index, lineEnd < 0 ? head.length : lineEnd);
    const meeting = MEETING.exec(after.slice(m[0].length));
    if (!meeting) continue;
    const reportAt = after.indexOf('政府工作报告');
    const sentenceEnd = reportAt >= 0 ? after.indexOf('。', reportAt) : -1;
    const quote = squash(after.slice(0, sentenceEnd >= 0 ? sentenceEnd + 1 : after.length));
    const official = OFFICIAL.exec(source.slice(m.index, m.index + 400));
    const y = m[1] ? Number(m[1]) : year;
    const date = `${y}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    delivered = {
      date,
      meeting: meeting[0].replace(/^[在于]/u, ''),
      by: official ? `${official[1]} ${official[2]}` : UNKNOWN,
      source: quote,
    };
    if (!official)
      items.push(
        reviewItem(
          'missing-field',
          '/delivered/by',
          undefined,
          '未找到作报告人。',
          'Who delivered the report was not found.',
        ),
      );
    break;
  }
  const firstLine =
    source
      .split('\n')
      .map(squash)
      .find((l) => l !== '') ?? '';
  if (!delivered) {
    delivered = { date: `${year}-01-01`, meeting: UNKNOWN, by: UNKNOWN, source: firstLine || UNKNOWN };
    items.push(
      reviewItem(
        'missing-field',
        '/delivered',
        undefined,
        '未找到报告的日期和会议，已填占位内容，请补全。',
        'The date and meeting of the report were not found; placeholders were filled in.',
      ),
    );
  }
  const official = OFFICIAL.exec(source);
  const level = levelOf(official?.[1]);
  if (level === 'city' && official && !/市长|州长|盟长/u.test(official[1]!))
    items.push(
      reviewItem(
        'missing-field',
        '/level',
        undefined,
        `报告由${official[1]}所作（县、区级），数据格式尚无县级，暂记为“市”。`,
        `The report was delivered by a ${official[1]} (county or district); the data format has no county level yet, so "city" was used.`,
      ),
    );
  if (!level)
    items.push(
      reviewItem(
        'missing-field',
        '/level',
        undefined,
        '无法判断报告层级（省、市、县），暂定为“省”。',
        'The level (province, city, county) could not be told; "province" was assumed.',
      ),
    );
  // "2025年江川省人民政府…": the match may start at the 年 of the year.
  const region = (REGION.exec(head)?.[1] ?? MEETING_REGION.exec(delivered.meeting)?.[1])?.replace(/^.*年/u, '');
  if (!region)
    items.push(
      reviewItem(
        'missing-field',
        '/region',
        undefined,
        '未找到地区名称，请填写。',
        'The region was not found; please fill it in.',
      ),
    );
  const compiled = /[（(]([\u4e00-\u9fff \u3000]{2,40})整理[）)]/u.exec(source);
  const compiledBy = compiled ? compiled[1]!.split(/[ \u3000]+/u).filter(Boolean) : [];
  return {
    region: region ?? UNKNOWN,
    level: level ?? 'province',
    delivered,
    compiledBy,
    sourceTitle: /政府工作报告/u.test(firstLine) && firstLine.length <= 60 ? firstLine : undefined,
    items,
  };
}
