import { fireEvent } from '@testing-library/react';

/** Types a value into an Ant Design date, month or time picker (components/DateFields) and commits it. */
export function typeInPicker(input: HTMLElement, value: string) {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}
