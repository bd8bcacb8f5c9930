/** One search to run: the query, where in its results to start, and its sequence number. */
export interface SearchJob {
  readonly q: string;
  readonly offset: number;
  readonly seq: number;
}

export interface LatestOnlyOptions<Answer> {
  readonly run: (job: SearchJob) => Promise<Answer>;
  /** An answer newer than anything shown so far. */
  readonly deliver: (answer: Answer, job: SearchJob) => void;
  /** A failure newer than anything shown so far. */
  readonly fail: (error: unknown, job: SearchJob) => void;
}

/**
 * Search as you type without a pile-up: every keystroke gets the next sequence number, but at most one
 * search is in flight; keystrokes that arrive meanwhile only replace the one waiting, which is sent as
 * soon as the answer comes back. (The main process answers one call at a time, so sending every
 * keystroke would only make the last one wait behind all the others.) An answer is delivered only if
 * its `seq` is newer than the last one shown, so a late answer never replaces a newer one, and
 * nothing flickers back to an older state.
 */
export class LatestOnly<Answer> {
  private lastSeq = 0;
  private shownSeq = 0;
  private inFlight: SearchJob | null = null;
  private waiting: SearchJob | null = null;
  private disposed = false;

  constructor(private readonly options: LatestOnlyOptions<Answer>) {}

  /** Queues a search; returns its sequence number. */
  request(q: string, offset = 0): number {
    const job = { q, offset, seq: ++this.lastSeq };
    if (this.inFlight) this.waiting = job;
    else this.start(job);
    return job.seq;
  }

  /**
   * Takes a new sequence number for a state shown without asking (the box was cleared): anything
   * still on its way is older, and dropped. Returns the number.
   */
  settle(): number {
    this.waiting = null;
    this.shownSeq = ++this.lastSeq;
    return this.shownSeq;
  }

  /** The newest sequence number handed out. */
  get latest(): number {
    return this.lastSeq;
  }

  /** True while a search is in flight or waiting. */
  get busy(): boolean {
    return this.inFlight !== null || this.waiting !== null;
  }

  /** Stops delivering (the panel went away). */
  dispose(): void {
    this.disposed = true;
    this.waiting = null;
  }

  private start(job: SearchJob): void {
    this.inFlight = job;
    this.options.run(job).then(
      (answer) => this.finish(job, () => this.options.deliver(answer, job)),
      (error: unknown) => this.finish(job, () => this.options.fail(error, job)),
    );
  }

  private finish(job: SearchJob, report: () => void): void {
    this.inFlight = null;
    if (this.disposed) return;
    if (job.seq > this.shownSeq) {
      this.shownSeq = job.seq;
      report();
    }
    const next = this.waiting;
    this.waiting = null;
    if (next && next.seq > this.shownSeq) this.start(next);
  }
}
