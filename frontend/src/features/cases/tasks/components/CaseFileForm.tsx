import { useEffect } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { DocumentUploads, missingRequired, useCase, useCasesLabel } from '@/features/cases';
import { useSubmitCaseFile } from '../api/use-case-tasks';
import { useCaseTasksT } from '../i18n';
import type { DomainTaskFormProps } from '../types';
import { CaseHeader } from './form-parts';
import { isHeldByOther, NoCase, ProblemAlert, TaskStateAlerts, useSubmitProblem } from './shared';

const NO_FIELDS: readonly string[] = [];

/** 建立档案（一人一档） (village officer): upload the required documents, then file the case. */
export function CaseFileForm({ task, onCompleted }: DomainTaskFormProps) {
  const t = useCaseTasksT();
  const caseNo = task.businessKey ?? '';
  const kase = useCase(caseNo);
  const submit = useSubmitCaseFile(task.id, task.businessKey);
  const { problem, report, clear } = useSubmitProblem(null, NO_FIELDS);
  const readOnly = isHeldByOther(task);
  const label = useCasesLabel();
  const documentCount = kase.data?.documents.length ?? 0;
  // Said on the button before the tap, not in a refusal after it.
  const missing = kase.data ? missingRequired(kase.data.requiredDocuments, kase.data.documents) : [];
  const missingText = missing.map((type) => label('docType', type)).join(t('file.separator'));

  // A refusal listing missing documents is out of date once another one has been uploaded.
  useEffect(() => clear(), [documentCount, clear]);

  if (!task.businessKey) return <NoCase />;

  const onSubmit = () => {
    clear();
    submit.mutate(undefined, { onSuccess: onCompleted, onError: report });
  };

  return (
    <Flex vertical gap={16} className="case-task" data-testid="domain-form-case-file">
      <CaseHeader kase={kase} />
      <Card className="case-task" title={t('file.title')}>
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">{t('file.intro')}</Typography.Text>
          <TaskStateAlerts task={task} />
          <DocumentUploads caseNo={task.businessKey} />
          {/* A 400 names each missing document (field `documents`): they are listed in the Alert. */}
          <ProblemAlert problem={problem} testId="file-error" />
          <div className="case-task-actions">
            <Button
              type="primary"
              size="large"
              loading={submit.isPending}
              disabled={readOnly || missing.length > 0}
              onClick={onSubmit}
              data-testid="file-submit"
              style={{ whiteSpace: 'normal', height: 'auto', minHeight: 40 }}
            >
              {missing.length > 0 ? t('file.submitMissing', { documents: missingText }) : t('file.submit')}
            </Button>
          </div>
        </Flex>
      </Card>
    </Flex>
  );
}
