import { Button, Card, Descriptions, Empty, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { isApiError } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/dates';
import { usePersonPage } from '../api/use-onedoor';
import { useOneDoorLabel, useOneDoorT } from '../i18n';
import { IntakeStatusTag, LoadError, NeedList, PageTitle, RouteList } from './parts';

/**
 * /persons/:personId: one resident in one place — who (ID number masked as on the case page), every one-door intake
 * with each route's status and outcome, the person's cases and care enrolment (links).
 */
export function PersonPage() {
  const { personId = '' } = useParams();
  const id = /^\d{1,15}$/.test(personId) ? Number(personId) : 0;
  const t = useOneDoorT();
  const label = useOneDoorLabel();
  const user = useCurrentUser();
  const page = usePersonPage(id);
  if (id === 0 || (page.isError && (isApiError(page.error, 404) || isApiError(page.error, 400)))) {
    return <Result status="404" title={t('person.notFound')} />;
  }
  if (page.isPending) return <Skeleton active />;
  if (page.isError) return <LoadError error={page.error} onRetry={() => void page.refetch()} />;
  const p = page.data;
  const canTakeIn = hasAnyRole(user, ...ROLE_GROUPS.STREET_STAFF);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="person-page">
      <PageTitle
        extra={
          canTakeIn && (
            <Link to={`/intakes/new?person=${p.personId}`}>
              <Button icon={<PlusOutlined />} size="large" data-testid="person-new-intake">
                {t('person.newIntake')}
              </Button>
            </Link>
          )
        }
      >
        <span data-testid="person-name">{p.name}</span>
      </PageTitle>
      <Card size="small" title={t('person.title')}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('person.idNumber')}>
            <span data-testid="person-id-number">{p.idNumberMasked}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('person.gender')}>{label('gender', p.gender)}</Descriptions.Item>
          <Descriptions.Item label={t('person.birthDate')}>{formatDate(p.birthDate)}</Descriptions.Item>
          <Descriptions.Item label={t('common.village')}>{p.villageName}</Descriptions.Item>
          <Descriptions.Item label={t('person.phone')}>{p.phone ?? t('common:none')}</Descriptions.Item>
          <Descriptions.Item label={t('person.address')}>{p.address ?? t('common:none')}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title={t('person.intakes')} data-testid="person-intakes">
        {p.intakes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.noIntakes')} />
        ) : (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {p.intakes.map((i) => (
              <Card
                key={i.intakeNo}
                size="small"
                type="inner"
                data-testid={`person-intake-${i.intakeNo}`}
                title={
                  <Space wrap size={6}>
                    <Link to={`/intakes/${encodeURIComponent(i.intakeNo)}`}>{i.intakeNo}</Link>
                    <IntakeStatusTag status={i.status} />
                  </Space>
                }
                extra={<Typography.Text type="secondary">{formatDateTime(i.createdAt)}</Typography.Text>}
              >
                <Typography.Text type="secondary">{t('common.needs')}</Typography.Text>
                <NeedList needs={i.needs} />
                <Typography.Text type="secondary">{t('common.routes')}</Typography.Text>
                <RouteList intake={i} showDropped={false} />
              </Card>
            ))}
          </Space>
        )}
      </Card>

      <Card size="small" title={t('person.cases')} data-testid="person-cases">
        {p.cases.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.noCases')} />
        ) : (
          <List
            size="small"
            dataSource={p.cases}
            renderItem={(c) => (
              <List.Item key={c.caseNo}>
                <Space wrap size={8}>
                  <Link to={`/cases/${encodeURIComponent(c.caseNo)}`} data-testid={`person-case-${c.caseNo}`}>
                    {c.caseNo}
                  </Link>
                  <Tag>{label('caseStatus', c.status)}</Tag>
                  <Typography.Text type="secondary">{formatDate(c.createdAt)}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card size="small" title={t('person.care')} data-testid="person-care">
        {p.care ? (
          <Space wrap size={8}>
            <Link to={`/care/${encodeURIComponent(p.care.enrolmentNo)}`} data-testid="person-care-link">
              {t('person.openCare')}
            </Link>
            <Tag>{label('careStatus', p.care.status)}</Tag>
            {p.care.level != null && <Tag color="blue">{t('person.level', { level: p.care.level })}</Tag>}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('person.noCare')}</Typography.Text>
        )}
      </Card>
    </Space>
  );
}
