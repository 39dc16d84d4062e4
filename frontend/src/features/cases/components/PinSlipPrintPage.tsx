import { useEffect, useState } from 'react';
import { colon } from '@/i18n';
import { Alert, Button, Result, Tag } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { formatDateTime } from '@/lib/dates';
import { useCasesT } from '../i18n';
import { formatLocalDate } from '../lib/local-date';
import { usePrintMode } from '../lib/use-print-mode';
import type { PinSlip } from '../types';
import './pin-slip.css';

/** The slip itself: A5, for the recipient, apart from the card. */
export function PinSlipSheet({ slip, bureau }: { slip: PinSlip; bureau: string }) {
  const t = useCasesT();
  const place = [slip.streetName, slip.villageName].filter(Boolean).join(' ');
  const street = slip.streetName || t('pinSlip.streetFallback');
  const validity = [formatLocalDate(slip.validFrom), formatLocalDate(slip.validTo)].filter(Boolean).join(' — ');
  return (
    <article className="pin-slip" data-testid="pin-slip" data-card-no={slip.cardNo}>
      <header className="pin-slip__head">
        <h1 className="pin-slip__title">{t('pinSlip.title')}</h1>
        {slip.reset && (
          <Tag color="orange" data-testid="pin-slip-reset">
            {t('pinSlip.resetTag')}
          </Tag>
        )}
      </header>
      <p className="pin-slip__to">
        {t('pinSlip.to')}{colon()}
        <strong data-testid="pin-slip-holder">
          {place ? t('pinSlip.holderLine', { name: slip.recipientName, place }) : slip.recipientName}
        </strong>
      </p>
      <dl className="pin-slip__fields">
        <div>
          <dt>{t('pinSlip.cardNo')}</dt>
          <dd className="pin-slip__mono" data-testid="pin-slip-card-no">
            {slip.cardNo}
          </dd>
        </div>
        <div>
          <dt>{t('pinSlip.validity')}</dt>
          <dd>{validity || t('common:none')}</dd>
        </div>
      </dl>
      <div className="pin-slip__pin-box">
        <div className="pin-slip__pin-label">{t('pinSlip.pin')}</div>
        <div className="pin-slip__pin" data-testid="pin-slip-pin" aria-label={t('pinSlip.pin')}>
          {slip.pin}
        </div>
      </div>
      <section>
        <h2>{t('pinSlip.purposeTitle')}</h2>
        <p>{t('pinSlip.purpose')}</p>
      </section>
      <section>
        <h2>{t('pinSlip.secretTitle')}</h2>
        <p data-testid="pin-slip-secret">{t('pinSlip.secret')}</p>
      </section>
      <section>
        <h2>{t('pinSlip.newTitle')}</h2>
        <p data-testid="pin-slip-new">{t('pinSlip.newPin', { street })}</p>
      </section>
      <p className="pin-slip__apart">{t('pinSlip.keepApart')}</p>
      <footer className="pin-slip__foot">
        <span>
          {t('pinSlip.issuedBy')}{colon()}{slip.streetName ? `${bureau} · ${slip.streetName}` : bureau}
        </span>
        <span>
          {t('pinSlip.issuedAt')}{colon()}{formatDateTime(slip.issuedAt)}
        </span>
      </footer>
    </article>
  );
}

/**
 * /cases/:caseNo/pin-slip — shown once, right after the street clerk printed or reset the PIN.
 * The slip arrives in the navigation state only; it is moved into this page's memory and wiped
 * from the browser history at once, so back/forward or a reload never shows the PIN again.
 */
export function PinSlipPrintPage() {
  usePrintMode();
  const { caseNo = '' } = useParams();
  const t = useCasesT();
  const { t: appT } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [slip] = useState<PinSlip | null>(() => {
    const state = location.state as { slip?: PinSlip } | null;
    return state?.slip && state.slip.caseNo === caseNo ? state.slip : null;
  });
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const back = `/cases/${encodeURIComponent(caseNo)}`;

  return (
    <div className="print-page pin-slip-page">
      <div className="print-toolbar no-print">
        <Link to={back}>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} data-testid="pin-slip-back">
            {t('pinSlip.back')}
          </Button>
        </Link>
        {slip && (
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="pin-slip-print" size="large">
            {t('pinSlip.print')}
          </Button>
        )}
      </div>
      {slip ? (
        <>
          <Alert className="no-print" type="warning" showIcon style={{ marginBottom: 12 }} message={t('pinSlip.printHint')} />
          <PinSlipSheet slip={slip} bureau={appT('app.bureau')} />
        </>
      ) : (
        <div data-testid="pin-slip-gone">
          <Result status="warning" title={t('pinSlip.gone')} subTitle={t('pinSlip.goneDetail')} />
        </div>
      )}
    </div>
  );
}
