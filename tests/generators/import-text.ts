/**
 * A long work report's text, as a full report is laid out (一、…回顾 with （一） themes, the
 * inline targets list, （一） work areas with 一是…, numbered 民生实事), grown to a given length
 * with varied figures. Deterministic: the same text on every machine. For the import bench.
 */
const THEMES = ['经济运行稳中向好', '创新动能持续增强', '乡村振兴扎实推进', '生态环境明显改善', '民生福祉不断增进'];
const UNITS = ['亿元', '万人', '家', '个', '万亩', '公里', '%'];

function sentence(k: number): string {
  const unit = UNITS[k % UNITS.length]!;
  const value = unit === '%' ? ((k * 37) % 100) / 10 + 1 : ((k * 131) % 9000) + 10;
  const bound = ['', '以上', '左右', ''][k % 4]!;
  return `第${k}项重点指标完成${value}${unit}${bound}，同比增长${(k % 9) + 1}.${k % 10}%。`;
}

export function longReportText(targetChars: number): string {
  const head = [
    '2025年江川省人民政府工作报告',
    '',
    '——2025年1月14日在江川省第十四届人民代表大会第三次会议上',
    '',
    '江川省省长　林志远',
    '',
    '一、2024年工作回顾',
    '',
    '过去一年，全省经济社会发展主要目标任务较好完成。',
    '',
  ];
  const tail = [
    '',
    '二、2025年主要预期目标',
    '',
    '今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；固定资产投资增长5%；城镇新增就业65万人以上；居民收入增长和经济增长同步。',
    '',
    '三、2025年重点工作',
    '',
    ...Array.from(
      { length: 8 },
      (_, i) => `（${'一二三四五六七八'[i]}）推进第${i + 1}方面工作。一是加快发展。二是深化改革。三是保障民生。`,
    ),
    '',
    '四、2025年民生实事',
    '',
    ...Array.from({ length: 12 }, (_, i) => `${i + 1}．新建第${i + 1}类服务设施${(i + 1) * 50}个。`),
  ];
  const fixed = [...head, ...tail].join('\n').length;
  const body: string[] = [];
  let length = 0;
  let k = 1;
  for (let t = 0; length < targetChars - fixed; t++) {
    const title = THEMES[t % THEMES.length]!;
    const sentences: string[] = [];
    for (let s = 0; s < 12; s++) sentences.push(sentence(k++));
    const para = `（${'一二三四五六七八九'[t % 9]}）${title}。${sentences.join('')}`;
    body.push(para, '');
    length += para.length + 2;
  }
  return [...head, ...body, ...tail].join('\n').slice(0, Math.max(targetChars, fixed));
}
