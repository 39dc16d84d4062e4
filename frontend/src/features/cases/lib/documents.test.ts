import { describe, expect, it } from 'vitest';
import type { DocumentView } from '../types';
import { documentChecklist, fileProblem, formatBytes, missingRequired, MAX_DOCUMENT_BYTES } from './documents';
import { buildStatusChangeReason } from './status-change';
import { sortTimeline } from './timeline';
import { formatLocalDate } from './local-date';

const doc = (id: number, type: DocumentView['type']): DocumentView => ({
  id,
  type,
  fileName: `${type.toLowerCase()}.pdf`,
  contentType: 'application/pdf',
  sizeBytes: 1000,
  uploadedBy: 'vo002002',
  uploadedAt: '2026-03-01T02:00:00Z',
});

describe('document checks', () => {
  it('accepts PDF, JPG and PNG up to 10 MB', () => {
    expect(fileProblem({ name: 'a.pdf', type: 'application/pdf', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'a.jpg', type: 'image/jpeg', size: MAX_DOCUMENT_BYTES })).toBeNull();
    expect(fileProblem({ name: 'a.png', type: '', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'a.docx', type: 'application/msword', size: 10 })).toBe('wrongType');
    expect(fileProblem({ name: 'a.gif', type: '', size: 10 })).toBe('wrongType');
    expect(fileProblem({ name: 'a.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1 })).toBe('tooLarge');
    expect(fileProblem({ name: 'a.pdf', type: 'application/pdf', size: 0 })).toBe('empty');
  });

  it('lists required types first, each with its documents', () => {
    const rows = documentChecklist(['ID_CARD', 'HOUSEHOLD_REGISTER', 'RECIPIENT_CERTIFICATE', 'ILLNESS_PROOF'], [doc(1, 'ID_CARD'), doc(2, 'OTHER')]);
    expect(rows.map((r) => r.type)).toEqual([
      'ID_CARD',
      'HOUSEHOLD_REGISTER',
      'ILLNESS_PROOF',
      'RECIPIENT_CERTIFICATE',
      'DISABILITY_CERTIFICATE',
      'OTHER',
    ]);
    expect(rows.map((r) => r.required)).toEqual([true, true, true, true, false, false]);
    expect(rows[0].documents.map((d) => d.id)).toEqual([1]);
    expect(rows[5].documents.map((d) => d.id)).toEqual([2]);
    expect(missingRequired(['ID_CARD', 'HOUSEHOLD_REGISTER'], [doc(1, 'ID_CARD')])).toEqual(['HOUSEHOLD_REGISTER']);
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});

describe('status change reason', () => {
  it('uses the quick pick, the detail, or both', () => {
    expect(buildStatusChangeReason('died', '死亡', '')).toEqual({ reason: '死亡' });
    expect(buildStatusChangeReason('movedAway', '迁出本辖区', ' 迁往外省 ')).toEqual({ reason: '迁出本辖区：迁往外省' });
    expect(buildStatusChangeReason(null, null, ' 病情变化，需增加上门照料 ')).toEqual({ reason: '病情变化，需增加上门照料' });
  });

  it('needs a detail without a pick or with "other"', () => {
    expect(buildStatusChangeReason(null, null, '  ')).toEqual({ problem: 'required' });
    expect(buildStatusChangeReason('other', '其他', '')).toEqual({ problem: 'otherRequired' });
    expect(buildStatusChangeReason('other', '其他', '外出务工')).toEqual({ reason: '外出务工' });
    expect(buildStatusChangeReason(null, null, 'x'.repeat(501))).toEqual({ problem: 'tooLong' });
  });
});

describe('timeline and dates', () => {
  it('puts the newest entry last', () => {
    const entries = [
      { at: '2026-03-02T00:00:00Z', actor: 'b', actorName: null, type: 'LEAD_VERIFIED', detail: null, taskKey: null },
      { at: '2026-03-01T00:00:00Z', actor: 'a', actorName: null, type: 'LEAD_RECORDED', detail: null, taskKey: null },
      { at: '2026-03-02T00:00:00Z', actor: 'c', actorName: null, type: 'TASK_COMPLETED', detail: null, taskKey: null },
    ];
    expect(sortTimeline(entries).map((e) => e.actor)).toEqual(['a', 'b', 'c']);
  });

  it('formats calendar dates without shifting them', () => {
    expect(formatLocalDate('2026-03-01')).toBe('2026-03-01');
    expect(formatLocalDate('2026-03-01', 'zh')).toBe('2026年3月1日');
    expect(formatLocalDate(null)).toBe('');
  });
});
