/**
 * Runs extractions for several callers in one thread without letting one starve the others: each
 * request gets a slice of time in turn (round robin), and the queue gives the event loop back
 * between slices, so that a hostile megabyte in one tab delays another tab's page by a slice, not
 * by its whole extraction. Results equal one-shot `extract`: the same steps run, only paused.
 */
import { extractSteps, type ExtractOptions, type ExtractResult, type Steps } from './engine';

/** Time one request may run before the next in line gets its turn, in milliseconds. */
export const SLICE_MS = 8;

interface Job {
  steps: Steps<ExtractResult>;
  resolve(result: ExtractResult): void;
  reject(error: unknown): void;
}

export interface ExtractQueueOptions {
  sliceMs?: number;
  /** Gives the event loop back between slices; a macrotask, so that messages and timers run. */
  pause?: () => Promise<void>;
  now?: () => number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ExtractQueue {
  private readonly jobs: Job[] = [];
  private running = false;
  private readonly sliceMs: number;
  private readonly pause: () => Promise<void>;
  private readonly now: () => number;

  constructor(options: ExtractQueueOptions = {}) {
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.pause = options.pause ?? nextTask;
    this.now = options.now ?? (() => performance.now());
  }

  /** Extracts from `text` when its turns come; rejects with the engine's error, as `extract` throws it. */
  extract(text: string, options: ExtractOptions = {}): Promise<ExtractResult> {
    return new Promise((resolve, reject) => {
      let steps: Steps<ExtractResult>;
      try {
        steps = extractSteps(text, options);
      } catch (error) {
        reject(error);
        return;
      }
      this.jobs.push({ steps, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.jobs.length) {
        const job = this.jobs.shift()!;
        if (!this.runSlice(job)) this.jobs.push(job);
        await this.pause();
      }
    } finally {
      this.running = false;
    }
  }

  /** Runs a job for one slice; true when it has finished (with a result or an error). */
  private runSlice(job: Job): boolean {
    const end = this.now() + this.sliceMs;
    try {
      do {
        const step = job.steps.next();
        if (step.done) {
          job.resolve(step.value);
          return true;
        }
      } while (this.now() < end);
    } catch (error) {
      job.reject(error);
      return true;
    }
    return false;
  }
}
