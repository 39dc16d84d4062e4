import { describe, expect, it } from 'vitest';
import { domainTaskForms } from '@/features/cases/tasks';
import { careTaskForms } from '@/features/care/task-forms';
import { domainTaskFormFor, isDomainForm } from './task-forms';

describe('domain task screens', () => {
  it('has a screen for each formKey of the case flow', () => {
    expect(Object.keys(domainTaskForms).sort()).toEqual(['app:case-file', 'app:needs-assessment', 'app:pin-slip', 'app:review', 'app:service-delivery']);
    expect(isDomainForm('app:review')).toBe(true);
    expect(isDomainForm('app:unknown')).toBe(false);
    expect(isDomainForm('toString')).toBe(false);
    expect(isDomainForm(null)).toBe(false);
    expect(isDomainForm(undefined)).toBe(false);
  });

  it("finds the care screens by the one lookup TaskDetailPage uses", () => {
    for (const key of ['app:care-grading', 'app:care-visit', 'app:care-supervision', 'app:care-problem']) {
      expect(isDomainForm(key), key).toBe(true);
      expect(domainTaskFormFor(key), key).toBe(careTaskForms[key]);
    }
    expect(domainTaskFormFor('app:review')).toBeDefined();
    expect(domainTaskFormFor('app:care-unknown')).toBeUndefined();
  });
});
