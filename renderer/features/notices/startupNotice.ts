import { gloss } from '../../gloss';
import { showNotice } from './noticeStore';
import { recoveryNotice } from './recoveryNotice';

let asked = false;

/**
 * Asks main, once per page, what it repaired at start, and shows it. Main hands the report out only
 * once, so a second ask (StrictMode runs effects twice) would find nothing: the flag keeps it to one.
 */
export function loadStartupNotice(): void {
  if (asked) return;
  asked = true;
  gloss.getStartupNotice().then(
    (report) => {
      if (report) showNotice(recoveryNotice(report));
    },
    (error: unknown) => {
      showNotice({
        tone: 'problem',
        title: 'Gloss could not tell whether your library needed repair at start.',
        message: error instanceof Error ? error.message : String(error),
      });
    },
  );
}
