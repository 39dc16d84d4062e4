import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Button, Form } from 'antd';
import { DateField } from './DateFields';

describe('DateField', () => {
  it('takes a typed day on Enter without submitting the form around it', async () => {
    const onFinish = vi.fn();
    render(
      <Form onFinish={onFinish}>
        <Form.Item name="visitOn">
          <DateField testId="visit-on" />
        </Form.Item>
        <Button htmlType="submit">save</Button>
      </Form>,
    );
    const input = screen.getByRole('textbox');
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '2026-05-11' } });
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(enter);
    // The browser submits a form on Enter unless the keydown's default is prevented.
    expect(enter.defaultPrevented).toBe(true);
    fireEvent.click(screen.getByText('save'));
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(onFinish.mock.calls[0][0]).toEqual({ visitOn: '2026-05-11' });
  });
});
