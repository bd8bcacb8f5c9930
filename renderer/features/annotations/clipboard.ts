/** Puts text on the clipboard; false if neither the Clipboard API nor the copy command could. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No permission or no focus (e.g. a test browser): fall back to the copy command.
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'clipboard-scratch';
    document.body.append(field);
    field.select();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only synchronous fallback
    const done = document.execCommand('copy');
    field.remove();
    return done;
  }
}
