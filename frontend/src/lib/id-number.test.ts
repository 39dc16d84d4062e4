import { describe, expect, it } from 'vitest';
import { birthDateOf, deriveIdInfo, idCheckCharacter, idNumberProblem, isValidIdNumber, normaliseIdNumber } from './id-number';

const TODAY = new Date(2026, 5, 1);
/** Builds a valid number from its first 17 digits. */
const valid = (first17: string) => first17 + idCheckCharacter(first17);

describe('resident ID numbers', () => {
  it('computes the MOD 11-2 check character', () => {
    // The GB 11643 worked example.
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X', TODAY)).toBe(true);
    expect(isValidIdNumber('11010519491231002x', TODAY)).toBe(true);
  });

  it('names the first problem, in the server order', () => {
    expect(idNumberProblem('', TODAY)).toBe('length');
    expect(idNumberProblem('1101051949123100', TODAY)).toBe('length');
    expect(idNumberProblem('1101051949123100AX', TODAY)).toBe('digits');
    expect(idNumberProblem('11010519491231002Y', TODAY)).toBe('lastChar');
    expect(idNumberProblem(valid('36019919990230001'), TODAY)).toBe('birthDate');
    expect(idNumberProblem(valid('36019918991231001'), TODAY)).toBe('birthDate');
    expect(idNumberProblem(valid('36019920270101001'), TODAY)).toBe('birthDate');
    expect(idNumberProblem('110105194912310021', TODAY)).toBe('checkDigit');
    expect(idNumberProblem(valid('36019919560229001'), TODAY)).toBeNull();
  });

  it('ignores spaces and case', () => {
    expect(normaliseIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(idNumberProblem(' 110105 19491231 002x ', TODAY)).toBeNull();
  });

  it('derives birth date and gender while typing', () => {
    expect(deriveIdInfo('3601', TODAY)).toEqual({});
    expect(deriveIdInfo('36019919560229', TODAY)).toEqual({ birthDate: '1956-02-29' });
    expect(deriveIdInfo('36019919570229', TODAY)).toEqual({});
    expect(deriveIdInfo('36019919560229003', TODAY)).toEqual({ birthDate: '1956-02-29', gender: 'MALE' });
    expect(deriveIdInfo('36019919560229004', TODAY)).toEqual({ birthDate: '1956-02-29', gender: 'FEMALE' });
  });

  it('reads only real dates between 1900 and today', () => {
    expect(birthDateOf('19000101', TODAY)).toBe('1900-01-01');
    expect(birthDateOf('20260601', TODAY)).toBe('2026-06-01');
    expect(birthDateOf('20260602', TODAY)).toBeUndefined();
    expect(birthDateOf('20230229', TODAY)).toBeUndefined();
    expect(birthDateOf('20241301', TODAY)).toBeUndefined();
  });
});
