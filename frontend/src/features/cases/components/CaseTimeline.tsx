import { Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '@/lib/dates';
import { useProcessWords } from '@/lib/process-words';
import { casesResources, useCasesLabel, useCasesT } from '../i18n';
import { eventColor } from '../lib/labels';
import { sortTimeline } from '../lib/timeline';
import type { TimelineEntry } from '../types';

/** The server writes details in Chinese; one that only repeats the line's Chinese title says nothing more. */
const repeatsTitle = (type: string, detail: string) =>
  (casesResources.zh.event as Record<string, string | undefined>)[type] === detail;

/** 办理记录: oldest first, newest last, times in Asia/Shanghai. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useCasesT();
  const label = useCasesLabel();
  const words = useProcessWords();
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
                {e.taskKey ? (
                  <div className="case-timeline-item__detail">
                    {words.task(e.taskKey, (e.detail ?? '').replace(/^办结任务：/, ''))}
                  </div>
                ) : (
                  e.detail && !repeatsTitle(e.type, e.detail) && <div className="case-timeline-item__detail">{e.detail}</div>
                )}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {words.actor(e.actorName)}
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
