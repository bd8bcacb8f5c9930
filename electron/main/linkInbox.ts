import type { GlossLinkTarget } from '../../shared/export/links';

/**
 * Links the OS hands over (at launch, to a second instance, or by macOS's open-url) can arrive before
 * there is a window to show them in; the inbox keeps the latest until one connects.
 */
export class LinkInbox {
  private pending: GlossLinkTarget | null = null;
  private deliver: ((target: GlossLinkTarget) => void) | null = null;

  receive(target: GlossLinkTarget | null): void {
    if (target === null) return;
    if (this.deliver) this.deliver(target);
    else this.pending = target;
  }

  connect(deliver: (target: GlossLinkTarget) => void): void {
    this.deliver = deliver;
    const pending = this.pending;
    this.pending = null;
    if (pending) deliver(pending);
  }

  disconnect(): void {
    this.deliver = null;
  }
}
