import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';

const one = (s: string) => {
  const all = findFigures(s);
  expect(all).toHaveLength(1);
  const { display, value, unit, bound } = all[0]!;
  return { display, value, unit, bound };
};

describe('figures inside sentences', () => {
  it('reads the bound from the words around the number', () => {
    expect(one('地区生产总值增长5%左右')).toEqual({ display: '5%左右', value: 5, unit: '%', bound: 'about' });
    expect(one('固定资产投资增长6%以上')).toEqual({ display: '6%以上', value: 6, unit: '%', bound: 'atLeast' });
    expect(one('居民消费价格涨幅控制在3%以内')).toEqual({ display: '3%以内', value: 3, unit: '%', bound: 'atMost' });
    expect(one('入驻优质企业团队 300多家')).toEqual({ display: '300多家', value: 300, unit: '家', bound: 'atLeast' });
    expect(one('合同 4400余件')).toEqual({ display: '4400余件', value: 4400, unit: '件', bound: 'atLeast' });
    expect(one('投资超过 550亿元的')).toEqual({ display: '超过550亿元', value: 550, unit: '亿元', bound: 'atLeast' });
    expect(one('进出口总额突破5000亿元')).toEqual({
      display: '突破5000亿元',
      value: 5000,
      unit: '亿元',
      bound: 'atLeast',
    });
    expect(one('平均时间压缩至 10个自然日内')).toEqual({
      display: '10个自然日内',
      value: 10,
      unit: '个自然日',
      bound: 'atMost',
    });
  });

  it('makes a fall a negative value and keeps 下降 in the wording', () => {
    expect(one('单位地区生产总值能耗下降3.2%')).toEqual({
      display: '下降3.2%',
      value: -3.2,
      unit: '%',
      bound: 'exact',
    });
  });

  it('reads full-width digits and numbers broken over lines', () => {
    expect(one('比例达到９３．６％。')).toEqual({ display: '93.6%', value: 93.6, unit: '%', bound: 'exact' });
    expect(one('救助残疾儿童8000\n人')).toEqual({ display: '8000人', value: 8000, unit: '人', bound: 'exact' });
    expect(one('绿电交易量 76.6亿千瓦时')).toEqual({
      display: '76.6亿千瓦时',
      value: 76.6,
      unit: '亿千瓦时',
      bound: 'exact',
    });
  });

  it('leaves years, product names and measurement names alone', () => {
    expect(findFigures('2024年，PM2.5 年均浓度与T800碳纤维、PM10年均浓度')).toEqual([]);
  });

  it('keeps Chinese numerals as worded, without a machine value', () => {
    expect(one('“新三样”出口增长两倍多。')).toEqual({
      display: '两倍多',
      value: undefined,
      unit: '倍',
      bound: 'atLeast',
    });
    expect(one('投资近千亿元')).toEqual({ display: '近千亿元', value: undefined, unit: '亿元', bound: 'about' });
    expect(one('提前三年全线贯通')).toEqual({ display: '提前三年', value: undefined, unit: '年', bound: 'exact' });
    expect(findFigures('三个一号旅游公路、一批城市书房')).toEqual([]);
  });

  it('lets counts listed side by side keep what each counts, up to its 、 or the clause end', () => {
    const displays = (s: string) => findFigures(s).map((f) => f.display);
    expect(displays('新建改造50个社区养老工程、50个区域养\n老服务中心、100个标准化社区食堂，让老年人')).toEqual([
      '50个社区养老工程',
      '50个区域养老服务中心',
      '100个标准化社区食堂',
    ]);
    // A count alone, a list whose nouns come first, and amounts keep the bare wording.
    expect(displays('新创建38个省级绿色工厂。')).toEqual(['38个']);
    expect(displays('高新技术企业1599家、专精特新中小企业626家。')).toEqual(['1599家', '626家']);
    expect(displays('投资50亿元建设项目、30亿元改造工程')).toEqual(['50亿元', '30亿元']);
    // The span stays on the number, so what is cut around it keeps the counted thing.
    const [first] = findFigures('建设50个乡镇级、650个村级水源地');
    expect([first!.start, first!.end, first!.value]).toEqual([2, 5, 50]);
  });
});
