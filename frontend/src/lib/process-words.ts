import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import i18n from '@/i18n';
import type { LooseT } from '@/i18n/feature-strings';
import { processesEn, processesZh } from '@/i18n/process-words';

// Registered by the first screen that names a task or process, not at start: the sign-in page never does.
i18n.addResourceBundle('zh', 'processes', processesZh, true, true);
i18n.addResourceBundle('en', 'processes', processesEn, true, true);

export interface ProcessWords {
  /** A task's name by its task definition key; `fallback` (the model's name) for a key not translated. */
  task: (key: string | null | undefined, fallback: string) => string;
  /** A process's name by its key or its definition id (`key:version:id`). */
  process: (keyOrDefinitionId: string | null | undefined, fallback: string) => string;
  /** A generated form field's label by its id. */
  field: (id: string, fallback: string) => string;
  /** Who did a step: the person's name, or 系统 / System for an automatic one. */
  actor: (name: string | null | undefined) => string;
}

/** The one way a screen names tasks, processes, form fields and actors in the chosen language. */
export function useProcessWords(): ProcessWords {
  const { t } = useTranslation('processes');
  return useMemo(() => {
    const loose = t as unknown as LooseT;
    const word = (group: string, key: string | null | undefined, fallback: string) =>
      key ? loose(`${group}.${key}`, { defaultValue: fallback }) : fallback;
    return {
      task: (key, fallback) => word('task', key, fallback),
      process: (id, fallback) => word('process', id?.split(':')[0], fallback),
      field: (id, fallback) => word('field', id, fallback),
      actor: (name) => name || loose('system'),
    };
  }, [t]);
}
