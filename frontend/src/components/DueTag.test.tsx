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

  it('is orange when due later today (Shanghai), plain from tomorrow on, grey without a deadline', async () => {
    await i18n.changeLanguage('zh');
    // now is 16:00 in Shanghai; 23:00 the same day is today, 04:00 the next morning is not.
    const { rerender } = render(<DueTag due="2026-05-10T15:00:00Z" now={now} />);
    expect(screen.getByTestId('due-tag').className).toContain('ant-tag-orange');
    expect(screen.getByTestId('due-tag').textContent).toContain('今日到期');
    rerender(<DueTag due="2026-05-10T20:00:00Z" now={now} />);
    expect(screen.getByTestId('due-tag').dataset.dueStatus).toBe('ok');
    expect(screen.getByTestId('due-tag').className).not.toMatch(/ant-tag-(orange|red|blue)/);
    rerender(<DueTag due={null} now={now} />);
    expect(screen.getByTestId('due-tag').dataset.dueStatus).toBe('none');
    expect(screen.getByTestId('due-tag').textContent).toBe('无期限');
  });
});
