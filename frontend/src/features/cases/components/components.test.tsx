import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { caseKeys } from '../api/use-cases';
import { renderWithApp, streetClerk, villageOfficer } from '../test-utils';
import type { CardView, CaseView, PinSlip } from '../types';
import { CardSection } from './CaseSections';
import { PinSlipPrintPage, PinSlipSheet } from './PinSlipPrintPage';
import { CaseViewPage, defaultOpenSections } from './CaseViewPage';
import { CaseTimeline } from './CaseTimeline';
import i18n from '@/i18n';
import { DocumentUploads } from './DocumentUploads';
import { LeadFormPage } from './LeadFormPage';
import { ServiceCard } from './ServiceCardPrintPage';

// Rendering antd forms in jsdom is slow, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const caseNo = 'SA-2026-000042';

function caseView(over: Partial<CaseView> = {}): CaseView {
  return {
    summary: {
      caseNo,
      recipientName: '渔港测试',
      villageCode: '360199002002',
      villageName: '渔港村',
      status: 'SERVING',
      focusGroup: 'SERIOUS_ILLNESS',
      recipientCategory: 4,
      serviceNo: 7,
      createdAt: '2026-03-01T01:00:00Z',
      updatedAt: '2026-03-02T01:00:00Z',
    },
    summaryText: '肾衰竭透析',
    leadSource: 'NEIGHBOUR',
    verificationNote: '属实',
    decisionReason: null,
    closedAt: null,
    person: {
      id: 1,
      name: '渔港测试',
      idNumberMasked: '360199********003X',
      gender: 'FEMALE',
      birthDate: '1956-02-29',
      phone: '13907912345',
      address: '渔港村二组6号',
    },
    assessment: null,
    grants: [],
    card: null,
    documents: [
      {
        id: 5,
        type: 'ID_CARD',
        fileName: 'id_card.pdf',
        contentType: 'application/pdf',
        sizeBytes: 2048,
        uploadedBy: 'vo002002',
        uploadedAt: '2026-03-01T02:00:00Z',
      },
    ],
    requiredDocuments: ['ID_CARD', 'HOUSEHOLD_REGISTER', 'RECIPIENT_CERTIFICATE', 'ILLNESS_PROOF'],
    notices: [
      { id: 3, status: 'PUBLISHED', phase: 'IN_PERIOD', startsOn: '2026-03-03', endsOn: '2026-03-09', periodEndedAt: null, objections: [] },
    ],
    timeline: [
      { at: '2026-03-02T01:00:00Z', actor: 'vo002002', actorName: '王村官', type: 'STATUS_CHANGED', detail: '救助身份变化：病情变化', taskKey: null },
      { at: '2026-03-01T01:00:00Z', actor: 'vo002002', actorName: '王村官', type: 'LEAD_RECORDED', detail: '登记线索', taskKey: null },
    ],
    processInstanceId: 'pi-1',
    activeActivityIds: [],
    deadlines: [],
    ...over,
  };
}

describe('LeadFormPage', () => {
  it('has the test ids the end-to-end test uses, and fixes the village for an officer', () => {
    renderWithApp(<LeadFormPage />);
    for (const id of ['lead-name', 'lead-idNumber', 'lead-phone', 'lead-address']) expect(screen.getByTestId(id).tagName).toBe('INPUT');
    expect(screen.getByTestId('lead-situation').tagName).toBe('TEXTAREA');
    // On the visible text inside the button's label (the radio input itself is 0×0): a click selects it.
    const source = screen.getByTestId('lead-source-NEIGHBOUR');
    expect(source.closest('label')?.querySelector('input[type=radio]')).not.toBeNull();
    fireEvent.click(source);
    expect(source.closest('label')?.querySelector<HTMLInputElement>('input[type=radio]')?.checked).toBe(true);
    expect(screen.getByTestId('lead-focusGroup-SERIOUS_ILLNESS').closest('label')).not.toBeNull();
    expect(screen.getByTestId('lead-submit').tagName).toBe('BUTTON');
    expect(screen.getByTestId('lead-village').textContent).not.toMatch(/\d{12}/);
    expect(screen.queryByTestId('lead-villageCode')).toBeNull();
  });

  it('lets a street clerk pick the village from the tree, with no code to type', () => {
    renderWithApp(<LeadFormPage />, { user: streetClerk });
    const picker = screen.getByTestId('lead-villageCode');
    expect(picker.querySelector('.ant-select')).not.toBeNull();
    expect(picker.querySelector('input[inputmode=numeric]')).toBeNull();
  });

  it('shows birth date and gender while the ID number is typed', async () => {
    renderWithApp(<LeadFormPage />);
    fireEvent.change(screen.getByTestId('lead-idNumber'), { target: { value: '36019919560229004' } });
    await waitFor(() => expect(screen.getByTestId('lead-id-derived').textContent).toContain('1956-02-29'));
    expect(screen.getByTestId('lead-id-derived').textContent).toContain('女');
  });

  it('refuses a district manager', () => {
    renderWithApp(<LeadFormPage />, { user: { ...villageOfficer, roles: ['DISTRICT_MANAGER'], orgLevel: 'DISTRICT' } });
    expect(screen.queryByTestId('lead-form')).toBeNull();
  });
});

describe('DocumentUploads', () => {
  it('puts a file input under doc-upload-<TYPE> and lists what is uploaded', () => {
    renderWithApp(<DocumentUploads caseNo={caseNo} />, { data: [[caseKeys.detail(caseNo), caseView({ summary: { ...caseView().summary, status: 'FILING' } })]] });
    for (const type of ['ID_CARD', 'HOUSEHOLD_REGISTER', 'ILLNESS_PROOF', 'RECIPIENT_CERTIFICATE']) {
      const input = document.querySelector(`[data-testid=doc-upload-${type}] input[type=file]`);
      expect(input, type).not.toBeNull();
    }
    expect(screen.getByText('id_card.pdf').closest('a')?.getAttribute('href')).toBe(`/api/cases/${caseNo}/documents/5`);
    expect(screen.getByTestId('doc-row-ID_CARD').getAttribute('data-present')).toBe('true');
    expect(screen.getByTestId('doc-row-HOUSEHOLD_REGISTER').getAttribute('data-present')).toBe('false');
    expect(screen.getByTestId('document-uploads').getAttribute('data-missing')).toBe('3');
  });

  it('sends the file as multipart with the CSRF header, then refreshes the case', async () => {
    document.cookie = 'SA-XSRF-TOKEN=tok123';
    const uploaded = { id: 9, type: 'HOUSEHOLD_REGISTER', fileName: 'hr.pdf', contentType: 'application/pdf', sizeBytes: 10, uploadedBy: 'x', uploadedAt: '2026-03-01T00:00:00Z' } as const;
    const before = caseView({ summary: { ...caseView().summary, status: 'FILING' } });
    const after = { ...before, documents: [...before.documents, uploaded] };
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => (init?.method === 'POST' ? json(uploaded, 201) : json(after)));
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<DocumentUploads caseNo={caseNo} />, { data: [[caseKeys.detail(caseNo), before]] });
    const input = document.querySelector('[data-testid=doc-upload-HOUSEHOLD_REGISTER] input[type=file]') as HTMLInputElement;
    const file = new File(['%PDF-1.4'], 'hr.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/cases/${caseNo}/documents?type=HOUSEHOLD_REGISTER`);
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-SA-XSRF-TOKEN']).toBe('tok123');
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
    // The case is fetched again and the new file is listed.
    await waitFor(() => expect(screen.getByText('hr.pdf')).toBeTruthy());
    expect(screen.getByTestId('doc-row-HOUSEHOLD_REGISTER').getAttribute('data-present')).toBe('true');
  });

  it('refuses a wrong file type before sending it', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<DocumentUploads caseNo={caseNo} />, { data: [[caseKeys.detail(caseNo), caseView({ summary: { ...caseView().summary, status: 'FILING' } })]] });
    const input = document.querySelector('[data-testid=doc-upload-OTHER] input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'a.docx', { type: 'application/msword' })] } });
    await waitFor(() => expect(screen.getByTestId('doc-error-OTHER').textContent).toContain('PDF'));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('CaseTimeline', () => {
  const entries: CaseView['timeline'] = [
    { at: '2026-03-01T01:00:00Z', actor: 'system', actorName: null, type: 'LEAD_RECORDED', detail: '登记线索', taskKey: null },
    { at: '2026-03-02T01:00:00Z', actor: 'vo002002', actorName: '王村官', type: 'TASK_COMPLETED', detail: '办结任务：核实线索', taskKey: 'verifyLead' },
  ];

  it('names automatic steps 系统 and completed tasks by their model name, never an account', () => {
    renderWithApp(<CaseTimeline entries={entries} />);
    const text = screen.getByTestId('case-timeline').textContent ?? '';
    expect(text).toContain('系统');
    expect(text).toContain('核实线索');
    expect(text).not.toMatch(/system|vo002002/);
  });

  it('says it all in English after the switch', async () => {
    await i18n.changeLanguage('en');
    try {
      renderWithApp(<CaseTimeline entries={entries} />);
      const text = screen.getByTestId('case-timeline').textContent ?? '';
      expect(text).toContain('System');
      expect(text).toContain('Verify the lead');
      expect(text).toContain('Task completed');
      // Only the person's name is Chinese: the detail that repeats the title is not shown.
      expect(text.replace('王村官', '')).not.toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await i18n.changeLanguage('zh');
    }
  });
});

describe('CaseViewPage', () => {
  it('shows status, masked ID, the timeline newest last, and the status-change and objection buttons', () => {
    renderWithApp(<CaseViewPage />, {
      path: `/cases/${caseNo}`,
      route: '/cases/:caseNo',
      data: [[caseKeys.detail(caseNo), caseView()]],
    });
    expect(screen.getByTestId('case-status').textContent).toBe('服务中');
    expect(screen.getByTestId('case-id-masked').textContent).toBe('360199********003X');
    const entries = screen.getAllByTestId('timeline-entry').map((e) => e.getAttribute('data-type'));
    expect(entries).toEqual(['LEAD_RECORDED', 'STATUS_CHANGED']);
    expect(screen.getByTestId('case-timeline').textContent).toContain('王村官');
    expect(screen.getByTestId('case-timeline').textContent).not.toContain('vo002002');
    expect(screen.getByTestId('case-timeline').textContent).toContain('身份变化');
    expect(screen.getByTestId('status-change-open')).toBeTruthy();
    expect(document.body.textContent).not.toContain('36019919560229');
  });

  it('hides the status change outside SERVING and for care cadres', () => {
    renderWithApp(<CaseViewPage />, {
      path: `/cases/${caseNo}`,
      route: '/cases/:caseNo',
      data: [[caseKeys.detail(caseNo), caseView({ summary: { ...caseView().summary, status: 'NOTICE' } })]],
    });
    expect(screen.queryByTestId('status-change-open')).toBeNull();
    expect(screen.getByTestId('objection-open')).toBeTruthy();
  });

  it('opens the status-change modal with its fields', async () => {
    renderWithApp(<CaseViewPage />, {
      path: `/cases/${caseNo}`,
      route: '/cases/:caseNo',
      data: [[caseKeys.detail(caseNo), caseView()]],
    });
    fireEvent.click(screen.getByTestId('status-change-open'));
    await waitFor(() => expect(screen.getByTestId('status-change-reason').tagName).toBe('TEXTAREA'));
    expect(screen.getByTestId('status-change-submit').tagName).toBe('BUTTON');
    expect(screen.getByTestId('status-change-pick-died').closest('label')).not.toBeNull();
  });

  it('shows a case recorded before people were kept apart (no person) by its recipient name', () => {
    renderWithApp(<CaseViewPage />, {
      path: `/cases/${caseNo}`,
      route: '/cases/:caseNo',
      data: [[caseKeys.detail(caseNo), caseView({ person: null })]],
    });
    expect(screen.getByTestId('case-name').textContent).toBe('渔港测试');
    expect(screen.getByTestId('case-id-masked').textContent).not.toContain('*');
  });

  it('opens the sections that matter for the current step', () => {
    expect(defaultOpenSections('FILING')).toEqual(['basic', 'timeline', 'documents']);
    expect(defaultOpenSections('NOTICE')).toContain('notices');
  });
});

describe('ServiceCard', () => {
  it('shows the holder, card number and a QR code', () => {
    const card: CardView = {
      cardNo: 'SC-2026-000042',
      validFrom: '2026-03-10',
      validTo: '2027-03-09',
      status: 'VALID',
      recipientName: '渔港测试',
      villageName: '渔港村',
      items: ['供餐送餐', '陪同就医'],
      pinSet: true,
      pinSetAt: '2026-03-10T02:00:00Z',
      revokedAt: null,
      revokeReason: null,
    };
    renderWithApp(<ServiceCard card={card} bureau="区民政局" />);
    const el = screen.getByTestId('service-card');
    expect(el.textContent).toContain('社会救助服务卡');
    expect(el.textContent).toContain('渔港测试');
    expect(el.textContent).toContain('SC-2026-000042');
    expect(el.textContent).toContain('供餐送餐、陪同就医');
    expect(screen.getByTestId('card-qr').querySelector('svg')).not.toBeNull();
    // The card says where the PIN is, never the PIN.
    expect(screen.getByTestId('card-pin-note').textContent).toBe('服务确认密码见密码函，请妥善保管');
    expect(screen.queryByTestId('card-revoked-mark')).toBeNull();
  });
});

const validCard: CardView = {
  cardNo: 'FWK20260000042',
  validFrom: '2026-03-10',
  validTo: '2027-03-09',
  status: 'VALID',
  recipientName: '渔港测试',
  villageName: '渔港村',
  items: ['供餐送餐'],
  pinSet: false,
  pinSetAt: null,
  revokedAt: null,
  revokeReason: null,
};

describe('CardSection', () => {
  it('offers the street clerk the PIN slip once, then the reset', () => {
    const first = renderWithApp(<CardSection view={caseView({ card: validCard })} />, { user: streetClerk });
    expect(screen.getByTestId('case-card-pin-state').textContent).toContain('密码函尚未打印');
    expect(screen.getByTestId('case-card-pin-slip').textContent).toContain('打印密码函');
    expect(screen.queryByTestId('case-card-pin-reset')).toBeNull();
    first.unmount();
    renderWithApp(
      <CardSection view={caseView({ card: { ...validCard, pinSet: true, pinSetAt: '2026-03-10T02:05:00Z' } })} />,
      { user: streetClerk },
    );
    expect(screen.getByTestId('case-card-pin-state').textContent).toContain('2026-03-10 10:05');
    expect(screen.queryByTestId('case-card-pin-slip')).toBeNull();
    expect(screen.getByTestId('case-card-pin-reset')).not.toBeNull();
  });

  it('offers the village officer neither slip nor reset', () => {
    renderWithApp(<CardSection view={caseView({ card: validCard })} />, { user: villageOfficer });
    expect(screen.queryByTestId('case-card-pin-slip')).toBeNull();
    expect(screen.queryByTestId('case-card-pin-reset')).toBeNull();
  });

  it('shows a revoked card as 已注销 with its date and reason, without PIN actions', () => {
    const revoked = { ...validCard, status: 'REVOKED', pinSet: true, revokedAt: '2026-05-31T17:30:00Z', revokeReason: '迁出本辖区' };
    renderWithApp(<CardSection view={caseView({ card: revoked })} />, {
      user: streetClerk,
    });
    expect(screen.getByTestId('case-card-status').textContent).toBe('已注销');
    expect(screen.getByTestId('case-card-revoked-at').textContent).toBe('2026-06-01'); // Beijing date
    expect(screen.getByTestId('case-card-revoke-reason').textContent).toBe('迁出本辖区');
    expect(screen.queryByTestId('case-card-pin-slip')).toBeNull();
    expect(screen.queryByTestId('case-card-pin-reset')).toBeNull();
  });

  it('watermarks a revoked card', () => {
    renderWithApp(<ServiceCard card={{ ...validCard, status: 'REVOKED' }} bureau="区民政局" />);
    expect(screen.getByTestId('card-revoked-mark').textContent).toBe('此卡已注销');
  });
});

describe('PinSlip', () => {
  const slip: PinSlip = {
    caseNo,
    cardNo: 'FWK20260000042',
    recipientName: '渔港测试',
    villageName: '渔港村',
    streetName: '东湖街道',
    validFrom: '2026-03-10',
    validTo: '2027-03-09',
    pin: '046135',
    issuedAt: '2026-03-10T02:05:00Z',
    reset: true,
  };

  it('tells the recipient the PIN, what it is for, to keep it secret and where to get a new one', () => {
    renderWithApp(<PinSlipSheet slip={slip} bureau="青山区民政局" />);
    expect(screen.getByTestId('pin-slip-pin').textContent).toBe('046135');
    expect(screen.getByTestId('pin-slip-card-no').textContent).toBe('FWK20260000042');
    expect(screen.getByTestId('pin-slip-holder').textContent).toContain('渔港测试');
    const text = screen.getByTestId('pin-slip').textContent ?? '';
    expect(text).toContain('确认本次服务确实已经收到');
    expect(screen.getByTestId('pin-slip-secret').textContent).toContain('绝不会通过电话');
    expect(screen.getByTestId('pin-slip-new').textContent).toContain('东湖街道');
    expect(screen.getByTestId('pin-slip-reset')).not.toBeNull();
  });

  it('is gone when the page is opened again (no slip in the navigation)', () => {
    renderWithApp(<PinSlipPrintPage />, { path: `/cases/${caseNo}/pin-slip`, route: '/cases/:caseNo/pin-slip' });
    expect(screen.getByTestId('pin-slip-gone').textContent).toContain('只能查看一次');
    expect(screen.queryByTestId('pin-slip-pin')).toBeNull();
    expect(screen.queryByTestId('pin-slip-print')).toBeNull();
  });
});
