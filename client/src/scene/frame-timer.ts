// CPU time per frame in a fixed ring, so measuring never allocates in the render loop.

const CAPACITY = 1024;

export class FrameTimer {
  private readonly samples = new Float64Array(CAPACITY);
  private count = 0;
  private next = 0;
  private startedAt = 0;

  begin(now: number): void {
    this.startedAt = now;
  }

  end(now: number): void {
    this.samples[this.next] = now - this.startedAt;
    this.next = (this.next + 1) % CAPACITY;
    this.count = Math.min(this.count + 1, CAPACITY);
  }

  reset(): void {
    this.count = 0;
    this.next = 0;
  }

  get size(): number {
    return this.count;
  }

  /** Median of the kept samples (the latest 1,024), or 0 with none. Allocates: call it outside the loop. */
  median(): number {
    if (this.count === 0) return 0;
    const sorted = Array.from(this.samples.subarray(0, this.count)).sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  }
}
