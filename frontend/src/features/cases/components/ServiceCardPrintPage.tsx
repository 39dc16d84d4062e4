import { Alert, Button, Result, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCard } from '../api/use-cases';
import { useCasesT } from '../i18n';
import { formatLocalDate } from '../lib/local-date';
import { usePrintMode } from '../lib/use-print-mode';
import type { CardView } from '../types';
import './print-card.css';

/** The card itself: 85.6 × 54 mm (ID-1) when printed, scaled to the screen otherwise. */
export function ServiceCard({ card, bureau }: { card: CardView; bureau: string }) {
  const t = useCasesT();
  const validity = [formatLocalDate(card.validFrom), formatLocalDate(card.validTo)].filter(Boolean).join(' — ');
  return (
    <div className="service-card-stage">
      <div className="service-card" data-testid="service-card" data-card-no={card.cardNo}>
        <div className="service-card__head">
          <span className="service-card__title">{t('cardPrint.title')}</span>
          <span className="service-card__issuer">{bureau}</span>
        </div>
        <div className="service-card__body">
          <dl className="service-card__fields">
            <div>
              <dt>{t('cardPrint.holder')}</dt>
              <dd className="service-card__holder" data-testid="card-holder">
                {card.recipientName}
              </dd>
            </div>
            <div>
              <dt>{t('cardPrint.village')}</dt>
              <dd>{card.villageName ?? t('common:none')}</dd>
            </div>
            <div>
              <dt>{t('cardPrint.cardNo')}</dt>
              <dd className="service-card__no" data-testid="card-no">
                {card.cardNo}
              </dd>
            </div>
            <div>
              <dt>{t('cardPrint.validity')}</dt>
              <dd>{validity || t('common:none')}</dd>
            </div>
            <div>
              <dt>{t('cardPrint.items')}</dt>
              <dd className="service-card__items">{card.items.length ? card.items.join('、') : t('common:none')}</dd>
            </div>
          </dl>
          <div className="service-card__qr" data-testid="card-qr" data-value={card.cardNo}>
            <QRCodeSVG value={card.cardNo} size={128} level="M" marginSize={0} title={card.cardNo} />
          </div>
        </div>
        <div className="service-card__foot" data-testid="card-pin-note">
          {t('cardPrint.pinNote')}
        </div>
        {card.status === 'REVOKED' && (
          <div className="service-card__revoked" data-testid="card-revoked-mark">
            {t('cardPrint.revoked')}
          </div>
        )}
      </div>
    </div>
  );
}

/** /cases/:caseNo/card — the printable service card. */
export function ServiceCardPrintPage() {
  usePrintMode();
  const { caseNo = '' } = useParams();
  const t = useCasesT();
  const { t: appT } = useTranslation();
  const describe = useErrorMessage();
  const card = useCard(caseNo);
  const back = `/cases/${encodeURIComponent(caseNo)}`;
  // A revoked card is shown (watermarked) but not offered for printing.
  const revoked = card.data?.status === 'REVOKED';

  const toolbar = (
    <div className="print-toolbar no-print">
      <Link to={back}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('cardPrint.back')}
        </Button>
      </Link>
      {card.data && !revoked && (
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="card-print" size="large">
          {t('cardPrint.print')}
        </Button>
      )}
    </div>
  );

  if (card.isPending) {
    return (
      <div className="print-page">
        {toolbar}
        <Skeleton active />
      </div>
    );
  }
  if (card.isError) {
    const notIssued = isApiError(card.error, 404);
    return (
      <div className="print-page">
        {toolbar}
        {notIssued ? (
          <Result status="info" title={t('cardPrint.notIssued')} />
        ) : (
          <Alert type="error" showIcon message={describe(card.error)} />
        )}
      </div>
    );
  }

  return (
    <div className="print-page">
      {toolbar}
      {revoked && (
        <Alert
          className="no-print"
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="card-revoked-notice"
          message={t('cardPrint.revokedNotice', {
            date: formatDate(card.data.revokedAt) || t('common:none'),
            reason: card.data.revokeReason || t('common:none'),
          })}
        />
      )}
      <div className={revoked ? 'service-card-revoked-print' : undefined}>
        <ServiceCard card={card.data} bureau={appT('app.bureau')} />
      </div>
      {!revoked && (
        <Space className="no-print" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('cardPrint.printHint')}</Typography.Text>
        </Space>
      )}
    </div>
  );
}
