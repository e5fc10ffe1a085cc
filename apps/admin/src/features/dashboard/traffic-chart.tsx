import { Area, AreaChart, Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { axisTicks, formatMinute, type TrafficMetric, type TrafficMinute } from "./traffic-metrics.ts";

interface TrafficChartProps {
  metric: TrafficMetric;
  series: readonly TrafficMinute[];
}

const axisTick = { fill: "var(--color-muted-foreground)", fontSize: 12 };

/**
 * One figure of the last hour, minute by minute. Loaded on its own (recharts is most of the
 * dashboard's weight) and hidden from screen readers: the figure around it states the latest
 * value and the peak, and the minute-by-minute table holds every value.
 */
export default function TrafficChart({ metric, series }: TrafficChartProps) {
  const data = series.map((point) => ({ minute: point.minute, value: point[metric.key] }));
  const ticks = axisTicks(Math.max(0, ...data.map((point) => point.value ?? 0)), metric.axisFloor);
  const common = { data, accessibilityLayer: false, margin: { top: 8, right: 8, bottom: 0, left: 0 } };
  const axes = (
    <>
      <CartesianGrid stroke="var(--color-border)" vertical={false} />
      <XAxis dataKey="minute" tickFormatter={formatMinute} minTickGap={40} tick={axisTick} stroke="var(--color-input)" tickLine={false} />
      <YAxis
        width={44}
        domain={[0, ticks.at(-1) ?? 0]}
        ticks={ticks}
        tickFormatter={metric.tick}
        tick={axisTick}
        stroke="var(--color-input)"
        tickLine={false}
      />
      <Tooltip
        isAnimationActive={false}
        labelFormatter={(label) => (typeof label === "string" ? formatMinute(label) : label)}
        formatter={(value) => [typeof value === "number" ? metric.format(value) : "no requests", metric.title]}
      />
    </>
  );

  return (
    <div aria-hidden="true" className="h-40 w-full" data-chart={metric.key}>
      {/* initialDimension: a size to draw at before the first measurement (and in jsdom, which never measures). */}
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 160 }}>
        {metric.kind === "bar" ? (
          <BarChart {...common}>
            {axes}
            <Bar dataKey="value" fill={metric.colour} isAnimationActive={false} />
          </BarChart>
        ) : (
          <AreaChart {...common}>
            {axes}
            <Area
              type="monotone"
              dataKey="value"
              stroke={metric.colour}
              strokeWidth={2}
              fill={metric.colour}
              fillOpacity={0.12}
              isAnimationActive={false}
              // Latency has gaps (minutes without requests): dots keep a lone minute visible.
              dot={metric.key === "p95Ms" ? { r: 2.5, fill: metric.colour, strokeWidth: 0 } : false}
              connectNulls={false}
            />
          </AreaChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
