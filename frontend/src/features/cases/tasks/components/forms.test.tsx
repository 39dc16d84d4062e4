import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '@/i18n';
import { domainTaskForms } from '../index';
import { caseNo, caseView, officer, renderForm, stubApi, task } from './test-harness';

// Rendering antd forms in jsdom is slow, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const NeedsAssessment = domainTaskForms['app:needs-assessment']!;
const CaseFile = domainTaskForms['app:case-file']!;
const Review = domainTaskForms['app:review']!;
const ServiceDelivery = domainTaskForms['app:service-delivery']!;

const checked = (id: string) => screen.getByTestId<HTMLInputElement>(id).checked;

describe('needs assessment', () => {
  it('shows the case and has the test ids', () => {
    stubApi({ kase: caseView() });
    renderForm(<NeedsAssessment task={task('app:needs-assessment')} onCompleted={() => undefined} />, { kase: caseView() });
    expect(screen.getByTestId('domain-case-no').textContent).toBe(caseNo);
    expect(screen.getByTestId('domain-case-info').textContent).toContain('肾衰竭透析');
    expect(screen.getByTestId('domain-case-info').textContent).toContain('360199********003X');
    for (const n of [1, 2, 3, 4, 5, 6]) expect(screen.getByTestId(`assess-category-${n}`)).toHaveProperty('type', 'radio');
    expect(screen.getByTestId('assess-recognised-true')).toHaveProperty('type', 'radio');
    expect(screen.getByTestId('assess-recognised-false')).toHaveProperty('type', 'radio');
    for (const v of ['FULL', 'PARTIAL', 'NONE']) expect(screen.getByTestId(`assess-selfCare-${v}`)).toHaveProperty('type', 'radio');
    for (const v of ['HAS_CARER', 'CARER_UNABLE', 'NO_CARER']) expect(screen.getByTestId(`assess-carer-${v}`)).toHaveProperty('type', 'radio');
    expect(screen.getByTestId('assess-living').tagName).toBe('TEXTAREA');
    expect(screen.getByTestId('assess-note').tagName).toBe('TEXTAREA');
    for (const code of ['DC01', 'DC02', 'HC01', 'SP01']) expect(screen.getByTestId(`assess-item-${code}`)).toHaveProperty('type', 'checkbox');
    expect(screen.getByTestId('assess-submit').tagName).toBe('BUTTON');
    // Grouped under the category headings.
    expect(screen.getByRole('group', { name: '生活照料' }).textContent).toContain('助浴服务');
    expect(screen.getByRole('group', { name: '帮扶' }).textContent).toContain('党员结对帮扶');
    expect(screen.queryByRole('group', { name: '扶智致富' })).toBeNull();
  });

  it('blocks an empty submit', async () => {
    const calls = stubApi({ kase: caseView() });
    const { container } = renderForm(<NeedsAssessment task={task('app:needs-assessment')} onCompleted={() => undefined} />, {
      kase: caseView(),
    });
    fireEvent.click(screen.getByTestId('assess-submit'));
    await waitFor(() => expect(container.textContent).toContain('请至少选择一项服务项目'));
    expect(container.textContent).toContain('请选择「救助类别」');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('posts the assessment and reports completion', async () => {
    const calls = stubApi({ kase: caseView() });
    const onCompleted = vi.fn();
    renderForm(<NeedsAssessment task={task('app:needs-assessment', { assignedToMe: false, claimable: true })} onCompleted={onCompleted} />, {
      kase: caseView(),
    });
    fireEvent.click(screen.getByTestId('assess-category-4'));
    fireEvent.click(screen.getByTestId('assess-recognised-false'));
    fireEvent.click(screen.getByTestId('assess-selfCare-PARTIAL'));
    fireEvent.click(screen.getByTestId('assess-carer-NO_CARER'));
    fireEvent.change(screen.getByTestId('assess-living'), { target: { value: ' 独居 ' } });
    fireEvent.click(screen.getByTestId('assess-item-DC01'));
    fireEvent.click(screen.getByTestId('assess-item-HC01'));
    await waitFor(() => expect(checked('assess-item-HC01')).toBe(true));
    fireEvent.click(screen.getByTestId('assess-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/tasks/task-1/needs-assessment');
    expect(post.body).toEqual({
      recipientCategory: 4,
      alreadyRecognised: false,
      selfCare: 'PARTIAL',
      carerSituation: 'NO_CARER',
      livingSituation: '独居',
      itemCodes: ['DC01', 'HC01'],
    });
  });

  it('puts a 400 on the fields and shows the detail', async () => {
    stubApi({
      kase: caseView(),
      respond: () => ({
        status: 400,
        body: {
          status: 400,
          detail: '需求评估有误。',
          errors: [
            { field: 'itemCodes', message: '服务目录中没有该项目：DC02' },
            { field: 'somethingElse', message: '其他问题' },
          ],
        },
      }),
    });
    const onCompleted = vi.fn();
    const { container } = renderForm(<NeedsAssessment task={task('app:needs-assessment')} onCompleted={onCompleted} />, {
      kase: caseView(),
    });
    fireEvent.click(screen.getByTestId('assess-category-1'));
    fireEvent.click(screen.getByTestId('assess-recognised-true'));
    fireEvent.click(screen.getByTestId('assess-selfCare-FULL'));
    fireEvent.click(screen.getByTestId('assess-carer-HAS_CARER'));
    fireEvent.click(screen.getByTestId('assess-item-DC02'));
    fireEvent.click(screen.getByTestId('assess-submit'));
    const alert = await screen.findByTestId('assess-error', undefined, { timeout: 10_000 });
    expect(alert.textContent).toContain('需求评估有误。');
    expect(alert.textContent).toContain('其他问题');
    await waitFor(() => expect(container.querySelector('.ant-form-item-explain-error')?.textContent).toContain('服务目录中没有该项目：DC02'));
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('is read-only when someone else holds the task', () => {
    stubApi({ kase: caseView() });
    renderForm(
      <NeedsAssessment task={task('app:needs-assessment', { assignedToMe: false, claimable: false, assignee: 'street009', assigneeName: '黄磊' })} onCompleted={() => undefined} />,
      { kase: caseView() },
    );
    // The display name, never the username.
    expect(screen.getByTestId('domain-task-other').textContent).toContain('黄磊');
    expect(screen.getByTestId('domain-task-other').textContent).not.toContain('street009');
    expect(screen.getByTestId<HTMLButtonElement>('assess-submit').disabled).toBe(true);
  });
});

describe('case file', () => {
  const doc = (id: number, type: 'ID_CARD' | 'HOUSEHOLD_REGISTER') => ({
    id, type, fileName: `${type}.pdf`, contentType: 'application/pdf', sizeBytes: 1000,
    uploadedAt: '2026-03-01T01:00:00Z', uploadedBy: 'vo002002',
  });
  const incomplete = caseView({ summary: { ...caseView().summary, status: 'FILING' } });
  // Complete as far as the screen knows (the server may still refuse, e.g. a document removed meanwhile).
  const kase = caseView({ summary: { ...caseView().summary, status: 'FILING' }, documents: [doc(1, 'ID_CARD'), doc(2, 'HOUSEHOLD_REGISTER')] });

  it('says on the button which documents are still missing, and does not send', () => {
    const calls = stubApi({ kase: incomplete });
    renderForm(<CaseFile task={task('app:case-file')} onCompleted={() => undefined} />, { kase: incomplete, user: officer });
    const button = screen.getByTestId<HTMLButtonElement>('file-submit');
    expect(button.textContent).toBe('还缺身份证、户口本，暂不能建档');
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(calls.find((c) => c.method === 'POST')).toBeUndefined();
  });

  it('shows the document checklist and lists missing documents from a 400', async () => {
    const calls = stubApi({
      kase,
      respond: () => ({
        status: 400,
        body: {
          status: 400,
          detail: '档案材料不全，不能完成建档。',
          errors: [
            { field: 'documents', message: '缺少材料：身份证' },
            { field: 'documents', message: '缺少材料：户口本' },
          ],
        },
      }),
    });
    const onCompleted = vi.fn();
    renderForm(<CaseFile task={task('app:case-file')} onCompleted={onCompleted} />, { kase, user: officer });
    expect(screen.getByTestId('document-uploads')).toBeTruthy();
    fireEvent.click(screen.getByTestId('file-submit'));
    const alert = await screen.findByTestId('file-error');
    expect(alert.textContent).toContain('档案材料不全，不能完成建档。');
    const items = within(screen.getByTestId('file-error-list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['缺少材料：身份证', '缺少材料：户口本']);
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/tasks/task-1/case-file', body: undefined });
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('shows a 409 detail and completes on 204', async () => {
    let answer: { status: number; body?: unknown } = { status: 409, body: { status: 409, detail: '任务已由他人办理。' } };
    stubApi({ kase, respond: () => answer });
    const onCompleted = vi.fn();
    renderForm(<CaseFile task={task('app:case-file')} onCompleted={onCompleted} />, { kase, user: officer });
    fireEvent.click(screen.getByTestId('file-submit'));
    expect((await screen.findByTestId('file-error')).textContent).toContain('任务已由他人办理。');
    answer = { status: 204 };
    fireEvent.click(screen.getByTestId('file-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1));
  });
});

describe('review', () => {
  const kase = caseView({
    summary: { ...caseView().summary, status: 'SERVING' },
    grants: [
      { id: 1, itemCode: 'DC01', itemName: '助餐服务', way: 'PURCHASED', status: 'ACTIVE', grantedAt: '2026-03-01T00:00:00Z', stoppedAt: null, stopReason: null },
      { id: 2, itemCode: 'HC01', itemName: '上门护理', way: 'SOCIAL_WORK', status: 'STOPPED', grantedAt: '2026-03-01T00:00:00Z', stoppedAt: null, stopReason: null },
      { id: 3, itemCode: 'SP01', itemName: '党员结对帮扶', way: 'PARTY_PAIRING', status: 'GRANTED', grantedAt: '2026-03-01T00:00:00Z', stoppedAt: null, stopReason: null },
    ],
    timeline: [
      { at: '2026-03-01T01:00:00Z', actor: 'vo002002', actorName: '王村官', type: 'LEAD_RECORDED', detail: '登记线索', taskKey: null },
      { at: '2026-04-02T01:00:00Z', actor: 'vo002002', actorName: '王村官', type: 'STATUS_CHANGED', detail: '救助身份变化：退出低保', taskKey: null },
    ],
  });

  it('shows the trigger and prefills a change with the current items', async () => {
    const calls = stubApi({ kase });
    const onCompleted = vi.fn();
    renderForm(<Review task={task('app:review')} onCompleted={onCompleted} />, { kase });
    expect(screen.getByTestId('review-trigger').textContent).toContain('救助身份变化：退出低保');
    expect(screen.getByTestId('review-current-items').textContent).toContain('助餐服务');
    expect(screen.getByTestId('review-current-items').textContent).not.toContain('上门护理');
    expect(screen.queryByTestId('review-item-DC01')).toBeNull();
    fireEvent.click(screen.getByTestId('review-decision-CHANGE'));
    await waitFor(() => expect(checked('review-item-DC01')).toBe(true));
    expect(checked('review-item-SP01')).toBe(true);
    expect(checked('review-item-HC01')).toBe(false);
    expect(screen.getByTestId('review-change-preview').textContent).toContain('服务项目与当前相同');
    fireEvent.click(screen.getByTestId('review-item-SP01'));
    fireEvent.click(screen.getByTestId('review-item-DC02'));
    await waitFor(() => expect(screen.getByTestId('review-change-preview').textContent).toContain('将新增：助浴服务'));
    expect(screen.getByTestId('review-change-preview').textContent).toContain('将停止：党员结对帮扶');
    fireEvent.change(screen.getByTestId('review-reason'), { target: { value: '需要助浴' } });
    fireEvent.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/tasks/task-1/review',
      body: { decision: 'CHANGE', itemCodes: ['DC01', 'DC02'], reason: '需要助浴' },
    });
  });

  it('warns before stopping and requires a reason', async () => {
    const calls = stubApi({ kase });
    const onCompleted = vi.fn();
    const { container } = renderForm(<Review task={task('app:review')} onCompleted={onCompleted} />, { kase });
    fireEvent.click(screen.getByTestId('review-decision-STOP'));
    expect(await screen.findByTestId('review-stop-warning')).toBeTruthy();
    expect(screen.getByTestId('review-submit').textContent).toContain('确认停止服务并退出');
    fireEvent.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(container.textContent).toContain('请填写「复核意见」'));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    fireEvent.change(screen.getByTestId('review-reason'), { target: { value: '已迁出本辖区' } });
    fireEvent.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ decision: 'STOP', reason: '已迁出本辖区' });
  });
});

describe('service delivery', () => {
  const kase = caseView({
    summary: { ...caseView().summary, status: 'SERVING' },
    timeline: [{ at: '2026-04-02T01:00:00Z', actor: 'street002', actorName: '王村官', type: 'SERVICE_ACTIVITY', detail: '助餐服务：送餐上门', taskKey: null }],
  });

  it('records activities without completing, then closes with the outcome', async () => {
    const calls = stubApi({ kase });
    const onCompleted = vi.fn();
    renderForm(<ServiceDelivery task={task('app:service-delivery', { name: '服务实施与结案' })} onCompleted={onCompleted} />, { kase });
    expect(screen.getByTestId('domain-case-subject').textContent).toBe('渔港测试');
    expect(screen.getByTestId('domain-case-info').textContent).toContain('服务实施与结案');
    expect(screen.getByTestId('activity-recent').textContent).toContain('送餐上门');
    fireEvent.change(screen.getByTestId('activity-content'), { target: { value: ' 上门助浴一次 ' } });
    fireEvent.click(screen.getByTestId('activity-submit'));
    await waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>('activity-content').value).toBe(''), { timeout: 10_000 });
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/tasks/task-1/service-activities',
      body: { content: '上门助浴一次' },
    });
    expect(onCompleted).not.toHaveBeenCalled();

    fireEvent.change(screen.getByTestId('outcome'), { target: { value: '服务完成，对象满意' } });
    fireEvent.click(screen.getByTestId('outcome-submit'));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(calls.filter((c) => c.method === 'POST').at(-1)).toMatchObject({
      url: '/api/tasks/task-1/service-delivery',
      body: { outcome: '服务完成，对象满意' },
    });
  });

  it('shows a 404 detail', async () => {
    stubApi({ kase, respond: () => ({ status: 404, body: { status: 404, detail: '任务不存在或已办理完成。' } }) });
    renderForm(<ServiceDelivery task={task('app:service-delivery')} onCompleted={() => undefined} />, { kase });
    fireEvent.change(screen.getByTestId('outcome'), { target: { value: '完成' } });
    fireEvent.click(screen.getByTestId('outcome-submit'));
    expect((await screen.findByTestId('outcome-error', undefined, { timeout: 10_000 })).textContent).toContain('任务不存在或已办理完成。');
  });
});

describe('the case words (from the cases namespace)', () => {
  const kase = caseView({
    grants: [
      { id: 1, itemCode: 'DC01', itemName: '助餐服务', way: 'PURCHASED', status: 'ACTIVE', grantedAt: '2026-01-05T02:00:00Z', stoppedAt: null, stopReason: null },
    ],
  });
  const labelOf = (id: string) => screen.getByTestId(id).closest('label')!.textContent;

  for (const [lang, words] of [
    ['zh', { category: '第5类\u3000因重病重残', selfCare: '完全自理', carer: '照料人无力照料', group: '生活照料', way: '政府购买服务', grant: '助餐服务 · 服务中', village: '村（社区）' }],
    ['en', { category: 'Category 5\u3000People unable', selfCare: 'Fully self-caring', carer: 'Carer unable to care', group: 'Daily care', way: 'Purchased service', grant: '助餐服务 · Active', village: 'Village (community)' }],
  ] as const) {
    it(`label the assessment and the review in ${lang}`, async () => {
      await i18n.changeLanguage(lang);
      try {
        stubApi({ kase });
        const assess = renderForm(<NeedsAssessment task={task('app:needs-assessment')} onCompleted={() => undefined} />, { kase });
        expect(screen.getByTestId('domain-case-info').textContent).toContain(words.village);
        expect(labelOf('assess-category-5')).toContain(words.category);
        expect(labelOf('assess-selfCare-FULL')).toBe(words.selfCare);
        expect(labelOf('assess-carer-CARER_UNABLE')).toBe(words.carer);
        expect(screen.getByRole('group', { name: words.group }).textContent).toContain(words.way);
        assess.unmount();
        renderForm(<Review task={task('app:review')} onCompleted={() => undefined} />, { kase });
        expect(screen.getByTestId('review-current-items').textContent).toBe(words.grant);
      } finally {
        await i18n.changeLanguage('zh');
      }
    });
  }
});
