import { Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '@/lib/dates';
import { useCasesLabel, useCasesT } from '../i18n';
import { eventColor } from '../lib/labels';
import { sortTimeline } from '../lib/timeline';
import type { TimelineEntry } from '../types';

/** 办理记录: oldest first, newest last, times in Asia/Shanghai. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useCasesT();
  const label = useCasesLabel();
  const sorted = sortTimeline(entries);
  return (
    <div data-testid="case-timeline">
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('view.timeline.none')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={sorted.map((e, i) => ({
            key: `${e.at}-${i}`,
            color: eventColor(e.type),
            children: (
              <div data-testid="timeline-entry" data-type={e.type}>
                <div>
                  <Typography.Text strong>{label('event', e.type)}</Typography.Text>
                </div>
                {e.detail && e.detail !== label('event', e.type) && <div className="case-timeline-item__detail">{e.detail}</div>}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actor}
                  </Typography.Text>
                </div>
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}
