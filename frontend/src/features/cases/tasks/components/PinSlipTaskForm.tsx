import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useCase, usePinSlip } from '@/features/cases';
import { taskKeys } from '@/lib/task-keys';
import { formatDateTime } from '@/lib/dates';
import { useCaseTasksT } from '../i18n';
import type { DomainTaskFormProps } from '../types';
import { CaseHeader } from './form-parts';
import { NoCase, ProblemAlert, useSubmitProblem } from './shared';

const NO_FIELDS: readonly string[] = [];

/**
 * 打印密码函 (street clerk): the case and its card, and the button that prints the slip. Printing
 * (the case's own slip endpoint) completes the task on the server, so the slip page opens straight
 * away with the slip in its navigation state, as from the case page; any clerk of the street may
 * print, whoever claimed the task.
 */
export function PinSlipTaskForm({ task }: DomainTaskFormProps) {
  const t = useCaseTasksT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const caseNo = task.businessKey ?? '';
  const kase = useCase(caseNo);
  const slip = usePinSlip(caseNo);
  const { problem, report, clear } = useSubmitProblem(null, NO_FIELDS);

  if (!task.businessKey) return <NoCase />;

  const card = kase.data?.card ?? null;
  const revoked = card?.status === 'REVOKED';

  const onPrint = () => {
    clear();
    slip.mutate('first', {
      onSuccess: (data) => {
        void queryClient.invalidateQueries({ queryKey: taskKeys.lists });
        navigate(`/cases/${encodeURIComponent(caseNo)}/pin-slip`, { state: { slip: data } });
      },
      onError: (error) => {
        void queryClient.invalidateQueries({ queryKey: taskKeys.detail(task.id) });
        report(error);
      },
    });
  };

  return (
    <Flex vertical gap={16} className="case-task" data-testid="domain-form-pin-slip">
      <CaseHeader kase={kase} />
      <Card className="case-task" title={t('pinSlip.title')}>
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">{t('pinSlip.intro')}</Typography.Text>
          <Alert type="warning" showIcon message={t('pinSlip.handOver')} data-testid="pin-slip-task-handover" />
          {kase.data && !card && <Alert type="info" showIcon message={t('pinSlip.noCard')} />}
          {card && (
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                { key: 'cardNo', label: t('pinSlip.cardNo'), children: <span data-testid="pin-slip-task-card">{card.cardNo}</span> },
                {
                  key: 'pin',
                  label: t('pinSlip.pinState'),
                  children: card.pinSet
                    ? t('pinSlip.pinSetAt', { at: formatDateTime(card.pinSetAt) })
                    : t('pinSlip.pinNotSet'),
                },
              ]}
            />
          )}
          {revoked && <Alert type="error" showIcon message={t('pinSlip.revoked')} data-testid="pin-slip-task-revoked" />}
          <ProblemAlert problem={problem} testId="pin-slip-task-error" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('pinSlip.printHint')}
          </Typography.Text>
          <div className="case-task-actions">
            <Button
              type="primary"
              size="large"
              icon={<KeyOutlined />}
              loading={slip.isPending}
              disabled={!card || revoked || card.pinSet}
              onClick={onPrint}
              data-testid="pin-slip-task-print"
            >
              {t('pinSlip.print')}
            </Button>
          </div>
        </Flex>
      </Card>
    </Flex>
  );
}
