import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// Colours that stay apart for the colour-blind and print in grey; VIP warm, lost grey.
export const seriesColours = ['#c9821b', '#4c78a8', '#59a14f', '#e15759', '#9d9d9d', '#76b7b2'];

export interface Series {
  key: string;
  label: string;
}

interface BarsProps {
  data: readonly Record<string, string | number>[];
  x: string;
  series: readonly Series[];
  stacked?: boolean;
  format?: (value: number) => string;
}

/** Bars per period (stacked when parts of one whole), the exact numbers on hover. */
export function Bars({ data, x, series, stacked = false, format }: BarsProps) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={x} tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} allowDecimals={false} width={40} />
        <Tooltip formatter={(value) => (typeof value === 'number' && format !== undefined ? format(value) : String(value))} />
        {series.length > 1 && <Legend itemSorter={null} />}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={seriesColours[i % seriesColours.length]}
            stackId={stacked ? 'all' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

interface CurveProps {
  points: readonly { customersShare: number; revenueShare: number }[];
  xLabel: string;
  yLabel: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The 20/80 curve: how much of the revenue the best customers bring, with the even line to compare. */
export function ParetoCurve({ points, xLabel, yLabel }: CurveProps) {
  const data = points.map((p) => ({
    x: Math.round(p.customersShare * 100),
    [yLabel]: Math.round(p.revenueShare * 1000) / 10,
    even: Math.round(p.customersShare * 1000) / 10,
  }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 18, left: 14 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          domain={[0, 100]}
          unit="%"
          tick={{ fontSize: 11 }}
          name={xLabel}
          label={{ value: xLabel, position: 'insideBottom', offset: -12, fontSize: 12 }}
        />
        <YAxis
          domain={[0, 100]}
          unit="%"
          tick={{ fontSize: 11 }}
          width={44}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: -6, fontSize: 12, style: { textAnchor: 'middle' } }}
        />
        <Tooltip labelFormatter={(x) => `${xLabel} ${String(x)}%`} formatter={(v) => `${String(v)}%`} />
        <Line dataKey={yLabel} stroke={seriesColours[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line dataKey="even" stroke="#bbb" strokeDasharray="4 4" dot={false} legendType="none" isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export { percent };
