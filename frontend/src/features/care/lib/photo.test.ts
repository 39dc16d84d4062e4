import { describe, expect, it } from 'vitest';
import { isXlsx, MAX_PHOTO_BYTES, photoProblem } from './photo';

describe('photoProblem', () => {
  it('accepts JPEG and PNG up to 10 MB', () => {
    expect(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(photoProblem({ name: 'a.png', type: 'image/png', size: MAX_PHOTO_BYTES })).toBeNull();
    // Some phones send no type: the extension decides.
    expect(photoProblem({ name: 'IMG_0001.JPEG', type: '', size: 1000 })).toBeNull();
  });

  it('refuses other types, empty and oversized files', () => {
    expect(photoProblem({ name: 'a.heic', type: 'image/heic', size: 1000 })).toBe('wrongType');
    expect(photoProblem({ name: 'a.pdf', type: 'application/pdf', size: 1000 })).toBe('wrongType');
    expect(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 0 })).toBe('empty');
    expect(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: MAX_PHOTO_BYTES + 1 })).toBe('tooLarge');
  });

  it('knows an xlsx workbook', () => {
    expect(isXlsx({ name: '台账.xlsx', type: '' })).toBe(true);
    expect(isXlsx({ name: '台账.xls', type: 'application/vnd.ms-excel' })).toBe(false);
  });
});
