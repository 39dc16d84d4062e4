import { useCallback, useState } from 'react';
import { Alert, type FormInstance } from 'antd';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCareT } from '../i18n';
import { formFieldName } from '../lib/payload';

export interface SubmitProblem {
  status: number | null;
  message: string;
  /** Messages that belong to no form item. */
  list: string[];
}

/**
 * What a refused submit shows. A 400 puts its field messages on the form items it names
 * (`knownFields`, dotted for nested items; a `prefix.` the server may add is dropped) and keeps the
 * rest for the Alert; 409 and anything else show the server's detail.
 */
export function useSubmitProblem(form: FormInstance | null, knownFields: readonly string[], prefix?: string) {
  const t = useCareT();
  const describe = useErrorMessage();
  const [problem, setProblem] = useState<SubmitProblem | null>(null);

  const report = useCallback(
    (error: unknown) => {
      if (isApiError(error, 400)) {
        const known = new Set(knownFields);
        const byField = new Map<string, string[]>();
        const other: string[] = [];
        for (const e of error.fieldErrors) {
          let field = formFieldName(e.field).join('.');
          if (prefix && field.startsWith(`${prefix}.`)) field = field.slice(prefix.length + 1);
          if (known.has(field)) {
            const list = byField.get(field) ?? [];
            if (!list.includes(e.message)) list.push(e.message);
            byField.set(field, list);
          } else if (!other.includes(e.message)) {
            other.push(e.message);
          }
        }
        if (form && byField.size > 0) {
          form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
        }
        const message = error.detail || (byField.size > 0 ? t('common:formErrors') : t('task.invalid'));
        setProblem({ status: 400, message, list: other });
      } else if (isApiError(error, 409)) {
        setProblem({ status: 409, message: error.detail || t('task.conflict'), list: [] });
      } else {
        setProblem({ status: isApiError(error) ? error.status : null, message: describe(error) || t('task.failed'), list: [] });
      }
    },
    [describe, form, knownFields, prefix, t],
  );

  const clear = useCallback(() => setProblem(null), []);
  return { problem, report, clear };
}

export function ProblemAlert({ problem, testId, onClose }: { problem: SubmitProblem | null; testId: string; onClose?: () => void }) {
  if (!problem) return null;
  return (
    <Alert
      type={problem.status === 409 ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid={testId}
      data-status={problem.status ?? undefined}
      message={problem.message}
      description={
        problem.list.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problem.list.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : undefined
      }
      closable={!!onClose}
      onClose={onClose}
      style={{ marginBottom: 16 }}
    />
  );
}
