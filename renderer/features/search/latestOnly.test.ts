import { describe, expect, it } from 'vitest';
import { LatestOnly, type SearchJob } from './latestOnly';

/** A search backend whose answers the test releases by hand. */
function harness() {
  const calls: { job: SearchJob; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const delivered: string[] = [];
  const failed: number[] = [];
  const queue = new LatestOnly<string>({
    run: (job) =>
      new Promise<string>((resolve, reject) => {
        calls.push({ job, resolve, reject });
      }),
    deliver: (answer) => delivered.push(answer),
    fail: (_error, job) => failed.push(job.seq),
  });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { calls, delivered, failed, queue, flush };
}

describe('LatestOnly', () => {
  it('numbers every request and keeps one in flight, the newest waiting', async () => {
    const { calls, delivered, queue, flush } = harness();
    expect(queue.request('m')).toBe(1);
    expect(queue.request('ma')).toBe(2);
    expect(queue.request('maz')).toBe(3);
    expect(calls.map((c) => c.job.q)).toEqual(['m']);
    calls[0]?.resolve('m');
    await flush();
    // "ma" was overtaken while waiting: only "maz" is sent.
    expect(calls.map((c) => c.job.q)).toEqual(['m', 'maz']);
    expect(calls[1]?.job.seq).toBe(3);
    calls[1]?.resolve('maz');
    await flush();
    expect(delivered).toEqual(['m', 'maz']);
    expect(queue.busy).toBe(false);
  });

  it('drops an answer older than the state shown (the box was cleared meanwhile)', async () => {
    const { calls, delivered, queue, flush } = harness();
    queue.request('tok');
    queue.request('toka');
    expect(queue.settle()).toBe(3);
    calls[0]?.resolve('tok');
    await flush();
    expect(delivered).toEqual([]);
    // The waiting "toka" was cancelled by the clear.
    expect(calls).toHaveLength(1);
  });

  it('reports a failure only when it is the newest news', async () => {
    const { calls, failed, delivered, queue, flush } = harness();
    queue.request('a');
    queue.request('ab');
    calls[0]?.reject(new Error('down'));
    await flush();
    expect(failed).toEqual([1]);
    calls[1]?.resolve('ab');
    await flush();
    expect(delivered).toEqual(['ab']);
  });

  it('delivers nothing after dispose', async () => {
    const { calls, delivered, queue, flush } = harness();
    queue.request('a');
    queue.request('ab');
    queue.dispose();
    calls[0]?.resolve('a');
    await flush();
    expect(delivered).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('sends the offset with the query (more results of the same search)', () => {
    const { calls, queue } = harness();
    queue.request('senate', 20);
    expect(calls[0]?.job).toEqual({ q: 'senate', offset: 20, seq: 1 });
    expect(queue.latest).toBe(1);
  });
});
