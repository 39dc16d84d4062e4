import { useTranslation } from 'react-i18next';
import { useCasesLabel } from '@/features/cases/i18n';
import { formatLocalDate, type DateStyle } from '@/features/cases/lib/local-date';
import { formatDate } from '@/lib/dates';
import { useNoticesT, type NoticesT } from '../i18n';
import {
  commonPeriod,
  committeeKind,
  issueDate,
  sortEntries,
  toNoticeRows,
  type NoticePeriod,
} from '../lib/notice-sheet';
import type { NoticeEntry } from '../types';
import './notices.css';

interface Props {
  villageName: string | null;
  streetName: string | null;
  entries: NoticeEntry[];
}

function periodText(p: NoticePeriod, t: NoticesT, style: DateStyle): string {
  const from = formatLocalDate(p.startsOn, style);
  if (p.status === 'LONG_TERM') return from ? t('print.longTerm', { from }) : t('print.longTermNoDate');
  return t('print.period', { from: from || t('print.none'), to: formatLocalDate(p.endsOn, style) || t('print.none') });
}

/**
 * The A4 notice: heading, village and street, the table (服务号, 姓名, 性别, 救助类别, 服务项目),
 * the period, where to object, issuer and date. Only those fields are printed.
 */
export function NoticeSheet({ villageName, streetName, entries }: Props) {
  const t = useNoticesT();
  const label = useCasesLabel();
  const { i18n } = useTranslation();
  const zh = i18n.resolvedLanguage !== 'en';
  const style: DateStyle = zh ? 'zh' : 'iso';
  const none = t('print.none');
  const sorted = sortEntries(entries);
  const rows = toNoticeRows(sorted, {
    none,
    gender: (g) => label('gender', g),
    category: (n) => label('category', n),
    join: zh ? '、' : ', ',
  });
  const shared = commonPeriod(sorted);
  const village = villageName ?? sorted[0]?.villageName ?? null;
  const issuer = village ? t(`print.committee.${committeeKind(village)}`, { name: village }) : streetName ?? '';
  const date = formatLocalDate(issueDate(sorted, formatDate(new Date())), style);

  return (
    <article className="notice-sheet" data-testid="notice-print">
      <h1 className="notice-sheet__heading">{t('print.heading')}</h1>
      <div className="notice-sheet__place">
        {streetName && <span>{t('print.street', { name: streetName })}</span>}
        {village && <span>{t('print.village', { name: village })}</span>}
      </div>
      <p className="notice-sheet__intro">{t('print.intro')}</p>
      <div className="notice-sheet__table-wrap">
        <table className="notice-sheet__table">
          <thead>
            <tr>
              <th className="col-no">{t('column.serviceNo')}</th>
              <th className="col-name">{t('column.name')}</th>
              <th className="col-gender">{t('column.gender')}</th>
              <th>{t('column.category')}</th>
              <th>{t('column.services')}</th>
              {!shared && <th>{t('column.period')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={shared ? 5 : 6} className="notice-sheet__empty">
                  {t('print.noEntries')}
                </td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r.key} data-testid="notice-print-row">
                <td className="col-no">{r.serviceNo}</td>
                <td className="col-name">{r.name}</td>
                <td className="col-gender">{r.gender}</td>
                <td>{r.category}</td>
                <td>{r.services}</td>
                {!shared && <td>{periodText(r.period, t, style)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shared && (
        <p className="notice-sheet__period" data-testid="notice-period">
          {periodText(shared, t, style)}
        </p>
      )}
      <p className="notice-sheet__objections">{t('print.objections')}</p>
      <div className="notice-sheet__issuer">
        {issuer && <div>{t('print.issuer', { name: issuer })}</div>}
        <div>{date}</div>
      </div>
    </article>
  );
}
