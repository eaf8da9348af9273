// Where the keyboard focus is typing text: keys there belong to the field, not to the app
// (Ctrl+F, ?, and the menu commands with the same accelerators in Electron).

const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** A text input, a text area or editable content (not a checkbox, button or select). */
export function isTextField(target: EventTarget | Element | null | undefined): boolean {
  const el = target as HTMLElement | null | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return !NON_TEXT_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase());
  return el.isContentEditable === true;
}

/** Whether the page's focus is in a text field now. */
export function typingInField(): boolean {
  return isTextField(document.activeElement);
}
