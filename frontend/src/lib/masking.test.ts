import { describe, expect, it } from 'vitest';
import { displayMaskedId, maskIdNumber, maskPhone } from './masking';

describe('masking', () => {
  it('keeps the region and the last four of an ID number, like the server', () => {
    expect(maskIdNumber('36019919560229003X')).toBe('360199********003X');
    expect(maskIdNumber('123')).toBe('***');
  });

  it('shows the server-masked value as it is', () => {
    expect(displayMaskedId('360199********003X')).toBe('360199********003X');
  });

  it('masks a full number should one ever arrive', () => {
    expect(displayMaskedId('36019919560229003X')).toBe('360199********003X');
    expect(displayMaskedId(' 36019919560229003X ')).toBe('360199********003X');
  });

  it('shows a placeholder for nothing', () => {
    expect(displayMaskedId(null)).toBe('—');
    expect(displayMaskedId('', '-')).toBe('-');
  });

  it('masks phone numbers for lists', () => {
    expect(maskPhone('13907910001')).toBe('139****0001');
    expect(maskPhone('12345')).toBe('12345');
    expect(maskPhone(null)).toBe('');
  });
});
