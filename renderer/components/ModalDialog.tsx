import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import '../styles/modal.css';

interface ModalDialogProps {
  readonly open: boolean;
  /** Esc was pressed: the owner closes it through its own state (or not, while it is busy). */
  readonly onDismiss: () => void;
  /** The dialog's own class, for its width. */
  readonly className: string;
  readonly labelledBy: string;
  readonly busy?: boolean;
  /** Focused on opening instead of the first control (a title, so it is read first). */
  readonly initialFocus?: string;
  readonly testId?: string;
  /** Mounted only while open, so each opening starts afresh. */
  readonly children: ReactNode;
}

/**
 * A modal `<dialog>` kept in step with `open`: the page behind is inert, Esc goes through `onDismiss`
 * so the owner's state and the element never disagree, and keys pressed inside stay inside (the
 * app's shortcuts listen on the window: `t` on a radio button must not switch the theme behind).
 */
export function ModalDialog({
  open,
  onDismiss,
  className,
  labelledBy,
  busy,
  initialFocus,
  testId,
  children,
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      if (initialFocus !== undefined) element.querySelector<HTMLElement>(initialFocus)?.focus();
    } else if (!open && element.open) element.close();
  }, [open, initialFocus]);

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>): void => {
    event.preventDefault();
    onDismiss();
  };

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog ${className}`}
      aria-labelledby={labelledBy}
      aria-busy={busy}
      onCancel={onCancel}
      onKeyDown={keepKeysInside}
      data-testid={testId}
    >
      {open ? children : null}
    </dialog>
  );
}

// Escape still closes the dialog: its default action is not prevented, only the bubbling to the window.
function keepKeysInside(event: KeyboardEvent<HTMLElement>): void {
  event.stopPropagation();
}
