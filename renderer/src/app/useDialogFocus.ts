// A modal dialog's keyboard rules (WAI-ARIA dialog pattern): focus moves into it when it opens
// (to the element marked data-autofocus, else the first control), Tab and Shift+Tab stay inside
// it, Esc closes it (when it may close), and focus goes back where it was when it closes. Keys
// pressed in the dialog are its own: they do not reach the editor's shortcuts behind it.
import { type KeyboardEvent, type RefObject, useEffect } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The dialog's focusable elements, in tab order (visible ones; a radio group is one stop). */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.closest('[inert]')) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
      const group = root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`);
      if ([...group].some((r) => r.checked)) return false;
    }
    return el.getClientRects().length > 0;
  });
}

export function useDialogFocus(
  ref: RefObject<HTMLElement | null>,
  onClose: (() => void) | undefined,
  /** false: keys other than Tab and Esc go on to the view's shortcuts (the show's help: "?" closes it). */
  keysStayInside = true,
) {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const root = ref.current;
    if (root) {
      const first = root.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(root)[0] ?? root;
      first.focus();
    }
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [ref]);

  return (e: KeyboardEvent) => {
    const root = ref.current;
    if (!root) return;
    if (keysStayInside || e.key === 'Escape' || e.key === 'Tab') e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose?.();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = focusables(root);
    if (items.length === 0) {
      e.preventDefault();
      return;
    }
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !root.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !root.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };
}
