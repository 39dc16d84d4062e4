import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '@/i18n';
import { DueTag } from './DueTag';

const now = new Date('2026-05-10T08:00:00Z');

describe('DueTag', () => {
  it('marks overdue tasks in red with the words 已逾期', async () => {
    await i18n.changeLanguage('zh');
    render(<DueTag due="2026-05-09T08:00:00Z" now={now} />);
    const tag = screen.getByTestId('due-tag');
    expect(tag.dataset.dueStatus).toBe('overdue');
    expect(tag.className).toContain('ant-tag-red');
    expect(tag.textContent).toContain('已逾期');
    expect(tag.textContent).toContain('2026-05-09 16:00');
  });

  it('trusts the server when it says overdue', () => {
    render(<DueTag due="2026-05-20T08:00:00Z" overdue now={now} />);
    expect(screen.getByTestId('due-tag').dataset.dueStatus).toBe('overdue');
  });

  it('is orange within 24 hours, blue later, grey without a deadline', () => {
    const { rerender } = render(<DueTag due="2026-05-10T20:00:00Z" now={now} />);
    expect(screen.getByTestId('due-tag').className).toContain('ant-tag-orange');
    rerender(<DueTag due="2026-05-15T20:00:00Z" now={now} />);
    expect(screen.getByTestId('due-tag').className).toContain('ant-tag-blue');
    rerender(<DueTag due={null} now={now} />);
    expect(screen.getByTestId('due-tag').dataset.dueStatus).toBe('none');
    expect(screen.getByTestId('due-tag').textContent).toBe('无期限');
  });
});
