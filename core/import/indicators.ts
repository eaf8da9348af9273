/**
 * Known indicators of the main expected targets: the stable key that lets reports be compared,
 * and the names reports use for them. First match wins, so longer names come first.
 */
export interface Indicator {
  key: string;
  /** The indicator's name as a report words it. */
  names: string[];
}

export const INDICATORS: readonly Indicator[] = [
  { key: 'energy-intensity', names: ['单位地区生产总值能耗', '单位国内生产总值能耗', '单位GDP能耗', '能耗强度'] },
  { key: 'gdp', names: ['地区生产总值', '国内生产总值', '生产总值', 'GDP'] },
  { key: 'fixed-asset-investment', names: ['固定资产投资'] },
  { key: 'retail-sales', names: ['社会消费品零售总额', '社零总额'] },
  { key: 'foreign-trade', names: ['进出口总额', '外贸进出口', '进出口'] },
  { key: 'fiscal-revenue', names: ['一般公共预算收入', '地方一般公共预算收入', '财政收入'] },
  { key: 'industrial-value-added', names: ['规模以上工业增加值', '规上工业增加值', '工业增加值'] },
  { key: 'rural-income', names: ['农村居民人均可支配收入', '农民人均可支配收入'] },
  { key: 'urban-income', names: ['城镇居民人均可支配收入'] },
  { key: 'household-income', names: ['居民人均可支配收入', '城乡居民收入', '居民收入'] },
  { key: 'new-urban-jobs', names: ['城镇新增就业'] },
  { key: 'unemployment', names: ['城镇调查失业率', '调查失业率', '城镇登记失业率'] },
  { key: 'cpi', names: ['居民消费价格'] },
  { key: 'grain-output', names: ['粮食总产量', '粮食产量', '粮食播种面积'] },
  { key: 'research-spending', names: ['研发经费投入强度', '研究与试验发展经费', '研发经费'] },
  { key: 'binding-targets', names: ['约束性指标'] },
  { key: 'pm25', names: ['PM2.5', '细颗粒物'] },
  { key: 'good-air-days', names: ['空气质量优良天数比例', '优良天数比例', '空气质量优良天数'] },
  { key: 'population-growth', names: ['人口自然增长率'] },
];

export interface IndicatorHit {
  key: string;
  name: string;
  /** Offset of the name in the searched text. */
  at: number;
}

/** The known indicator a clause is about: the name that occurs earliest, longest on a tie. */
export function findIndicator(clause: string): IndicatorHit | undefined {
  let best: IndicatorHit | undefined;
  for (const ind of INDICATORS) {
    for (const name of ind.names) {
      const at = clause.indexOf(name);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && name.length > best.name.length))
        best = { key: ind.key, name, at };
    }
  }
  return best;
}

/** A key for an indicator no list knows: the reviewer names it; until then it is unique. */
export function provisionalKey(n: number): string {
  return `indicator-${n}`;
}
