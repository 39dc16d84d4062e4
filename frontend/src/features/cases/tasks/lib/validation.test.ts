import { describe, expect, it } from 'vitest';
import { baseField, cleanCodes, cleanText, itemsProblem, LIMITS, splitFieldErrors, textProblem } from './validation';

describe('textProblem', () => {
  it('treats blank as missing only when required', () => {
    expect(textProblem(undefined, 10, true)).toBe('required');
    expect(textProblem('   \n ', 10, true)).toBe('required');
    expect(textProblem('', 10, false)).toBeNull();
    expect(textProblem(null, 10, false)).toBeNull();
  });

  it('counts the trimmed text against the maximum', () => {
    expect(textProblem('a'.repeat(LIMITS.reason), LIMITS.reason, true)).toBeNull();
    expect(textProblem(`  ${'a'.repeat(LIMITS.reason)}  `, LIMITS.reason, true)).toBeNull();
    expect(textProblem('a'.repeat(LIMITS.reason + 1), LIMITS.reason, true)).toBe('tooLong');
    expect(textProblem('情'.repeat(LIMITS.needsNote + 1), LIMITS.needsNote, false)).toBe('tooLong');
  });

  it('has the server limits', () => {
    expect(LIMITS).toEqual({ livingSituation: 500, needsNote: 1000, reason: 500, content: 500, outcome: 500 });
  });
});

describe('cleanText and cleanCodes', () => {
  it('trims strings and ignores anything else', () => {
    expect(cleanText('  入户核实  ')).toBe('入户核实');
    expect(cleanText(42)).toBe('');
  });

  it('keeps distinct non-blank codes in order', () => {
    expect(cleanCodes(['B', ' A ', 'B', '', 3, 'C'])).toEqual(['B', 'A', 'C']);
    expect(cleanCodes(undefined)).toEqual([]);
    expect(cleanCodes('A')).toEqual([]);
  });
});

describe('itemsProblem', () => {
  it('asks for at least one item', () => {
    expect(itemsProblem(undefined)).toBe('chooseItems');
    expect(itemsProblem([])).toBe('chooseItems');
    expect(itemsProblem([' '])).toBe('chooseItems');
    expect(itemsProblem(['DC01'])).toBeNull();
  });
});

describe('splitFieldErrors', () => {
  it('maps list element violations to the list field', () => {
    expect(baseField('itemCodes[0]')).toBe('itemCodes');
    expect(baseField('reason')).toBe('reason');
  });

  it('puts known fields on the form and keeps the rest', () => {
    const result = splitFieldErrors(
      [
        { field: 'itemCodes', message: '请至少选择一项服务。' },
        { field: 'itemCodes[1]', message: '不能为空' },
        { field: 'itemCodes', message: '请至少选择一项服务。' },
        { field: 'reason', message: '不能为空' },
        { field: 'documents', message: '缺少材料：身份证' },
        { field: 'documents', message: '缺少材料：户口本' },
      ],
      ['itemCodes', 'reason'],
    );
    expect(result.byField).toEqual({ itemCodes: ['请至少选择一项服务。', '不能为空'], reason: ['不能为空'] });
    expect(result.other).toEqual(['缺少材料：身份证', '缺少材料：户口本']);
  });

  it('with no known fields returns every message for the Alert', () => {
    expect(splitFieldErrors([{ field: 'documents', message: '缺少材料：身份证' }], []).other).toEqual(['缺少材料：身份证']);
  });
});
