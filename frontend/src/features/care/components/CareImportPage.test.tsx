import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp, stubApi, villageOfficer } from '../test-utils';
import { CareImportPage } from './CareImportPage';

vi.setConfig({ testTimeout: 30_000 });

const xlsx = () => new File(['PK'], '渔港村台账.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
const upload = (file: File) =>
  fireEvent.change(document.querySelector('[data-testid=care-import-file] input[type=file]') as HTMLInputElement, { target: { files: [file] } });

const checkReport = {
  totalRows: 3,
  validRows: 1,
  imported: 0,
  errors: [
    { row: 2, column: '身份证号码', message: '身份证号码校验位不正确。' },
    { row: 4, column: '对象类别', message: '对象类别无效：孤寡' },
  ],
};

describe('CareImportPage', () => {
  it('checks the file first and lists the row errors; 全部导入 waits for a clean file', async () => {
    const calls = stubApi((call) => {
      if (call.url.includes('mode=check')) return { status: 200, body: checkReport };
      if (call.url.includes('mode=valid-only')) return { status: 200, body: { ...checkReport, imported: 1 } };
      return undefined;
    });
    renderWithApp(<CareImportPage />, { user: villageOfficer });
    expect(screen.getByTestId('care-import-template').getAttribute('href')).toBe('/api/care/roster/template.xlsx');

    upload(xlsx());
    const table = await screen.findByTestId('care-import-errors');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['2', '身份证号码', '身份证号码校验位不正确。'],
      ['4', '对象类别', '对象类别无效：孤寡'],
    ]);
    expect(screen.getByTestId('care-import-summary').textContent).toContain('共 3 行，其中正确 1 行，有错误 2 行');
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/care/roster/import?mode=check' });
    expect(((calls[0].body as FormData).get('file') as File).name).toBe('渔港村台账.xlsx');

    expect(screen.getByTestId<HTMLButtonElement>('care-import-all').disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>('care-import-valid-only').disabled).toBe(false);
    fireEvent.click(screen.getByTestId('care-import-valid-only'));
    const result = await screen.findByTestId('care-import-result');
    expect(result.textContent).toBe('已导入 1 行（共 3 行，正确 1 行）。');
    expect(calls.at(-1)?.url).toBe('/api/care/roster/import?mode=valid-only');
  });

  it('imports a clean file with 全部导入, and refuses a file that is not xlsx', async () => {
    const calls = stubApi((call) => {
      if (call.url.includes('mode=check')) return { status: 200, body: { totalRows: 2, validRows: 2, imported: 0, errors: [] } };
      if (call.url.includes('mode=all')) return { status: 200, body: { totalRows: 2, validRows: 2, imported: 2, errors: [] } };
      return undefined;
    });
    renderWithApp(<CareImportPage />, { user: villageOfficer });
    upload(new File(['a,b'], 'roster.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('care-import-file-error')).textContent).toContain('.xlsx');
    expect(calls).toEqual([]);

    upload(xlsx());
    await waitFor(() => expect(screen.getByTestId('care-import-summary').textContent).toContain('全部正确'));
    expect(screen.queryByTestId('care-import-errors')).toBeNull();
    fireEvent.click(screen.getByTestId('care-import-all'));
    expect((await screen.findByTestId('care-import-result')).textContent).toContain('已导入 2 行');
    expect(calls.map((c) => c.url)).toEqual(['/api/care/roster/import?mode=check', '/api/care/roster/import?mode=all']);
  });
});
