import type { KeyboardEvent } from 'react';

/**
 * Keys pressed inside a modal stay there: the app's shortcuts listen on the window, and the page
 * behind a modal is inert, so `t` on a radio button must not switch the theme nor `j` move the
 * library's selection. Escape still closes the dialog (its default action is not prevented).
 */
export function keepKeysInModal(event: KeyboardEvent<HTMLElement>): void {
  event.stopPropagation();
}
