// Charts drawn with recharts at the geometry the deck decided: the same axis range, plot area
// and bar width as the PDF and the PPTX chart. Labels are the deck's text blocks. No animation:
// a slide must be complete the moment it shows (and in screenshots and print).
import { Bar, BarChart, Cell, Pie, PieChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartElement } from '../../../core/deck/types';
import { TextBlockView } from './TextBlockView';

export function ChartView({
  el,
  emphasisColor,
  background,
}: {
  el: ChartElement;
  emphasisColor: string;
  background: string;
}) {
  const { box } = el;
  return (
    <div
      className="chart"
      data-kind="chart"
      data-chart-kind={el.chartKind}
      style={{ position: 'absolute', left: 0, top: 0, width: 0, height: 0 }}
    >
      <TextBlockView block={el.title} emphasisColor={emphasisColor} />
      {el.chartKind === 'bar' ? (
        <>
          <div style={{ position: 'absolute', left: box.x, top: box.y }}>
            <BarChart
              width={box.w}
              height={box.h}
              data={el.data.map((d) => ({ label: d.label, value: d.value }))}
              margin={{
                top: el.geometry.plot.y - box.y,
                bottom: box.y + box.h - (el.geometry.plot.y + el.geometry.plot.h),
                left: 0,
                right: 0,
              }}
              barCategoryGap={0}
            >
              <XAxis dataKey="label" hide />
              <YAxis type="number" domain={[el.geometry.axisMin, el.geometry.axisMax]} hide allowDataOverflow />
              <ReferenceLine
                y={0}
                stroke={el.axisColor}
                strokeWidth={el.geometry.zeroLineWidthPx}
                ifOverflow="extendDomain"
              />
              <Bar dataKey="value" isAnimationActive={false} barSize={el.geometry.barWidthPx}>
                {el.data.map((d, i) => (
                  <Cell key={i} fill={d.color} />
                ))}
              </Bar>
            </BarChart>
          </div>
          {el.geometry.bars.map((b, i) => (
            <div key={i}>
              <TextBlockView block={b.value} emphasisColor={emphasisColor} />
              <TextBlockView block={b.label} emphasisColor={emphasisColor} />
            </div>
          ))}
        </>
      ) : (
        <>
          <div style={{ position: 'absolute', left: box.x, top: box.y }}>
            <PieChart width={box.w} height={box.h}>
              <Pie
                data={el.geometry.segments.map((s) => ({
                  name: s.label,
                  value: s.endDeg - s.startDeg,
                  color: s.color,
                }))}
                dataKey="value"
                cx={el.geometry.cx - box.x}
                cy={el.geometry.cy - box.y}
                innerRadius={el.geometry.innerRadiusPx}
                outerRadius={el.geometry.outerRadiusPx}
                startAngle={90}
                endAngle={-270}
                stroke={background}
                strokeWidth={el.geometry.sectorGapPx}
                isAnimationActive={false}
              >
                {el.geometry.segments.map((s, i) => (
                  <Cell key={i} fill={s.color} />
                ))}
              </Pie>
            </PieChart>
          </div>
          {el.geometry.centre && <TextBlockView block={el.geometry.centre} emphasisColor={emphasisColor} />}
          {el.geometry.legend.map((l, i) => (
            <div key={i}>
              <div
                className="swatch"
                style={{
                  position: 'absolute',
                  left: l.swatch.x,
                  top: l.swatch.y,
                  width: l.swatch.w,
                  height: l.swatch.h,
                  background: l.color,
                  outline: `${el.geometry.swatchOutlineWidthPx}px solid ${el.axisColor}`,
                }}
              />
              <TextBlockView block={l.block} emphasisColor={emphasisColor} />
            </div>
          ))}
        </>
      )}
    </div>
  );
}
