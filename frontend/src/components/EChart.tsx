import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

// Only the parts the monitoring and KPI pages draw (bar charts), so the lazy chunk stays small; SVG draws crisp on phones
// and needs no canvas (also in tests).
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** What a click on a bar names: the series index and the category (data) index. */
export interface BarClick {
  seriesIndex: number;
  dataIndex: number;
}

interface Props {
  option: ChartOption;
  height: number;
  onBarClick?: (click: BarClick) => void;
  ariaLabel: string;
  testId?: string;
}

/** An ECharts chart that follows its box's width (phone rotation, menu drawer) and reports bar clicks. */
export function EChart({ option, height, onBarClick, ariaLabel, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const onClick = useRef(onBarClick);
  onClick.current = onBarClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (params.componentType === 'series' && typeof params.seriesIndex === 'number') {
        onClick.current?.({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
      }
    });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => instance.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={box} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} data-testid={testId} />;
}
