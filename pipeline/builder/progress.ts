// Build progress: a bar with done/total, rate and ETA on a terminal; plain lines in CI or when piped.
import cliProgress from 'cli-progress';

export class Progress {
  private bar: cliProgress.SingleBar | undefined;
  private total = 0;
  private done = 0;
  private readonly interactive: boolean;

  constructor(private readonly stream: NodeJS.WriteStream) {
    this.interactive = Boolean(stream.isTTY) && !process.env.CI;
  }

  start(total: number): void {
    this.total = total;
    this.done = 0;
    if (!this.interactive || total < 2) return;
    this.bar = new cliProgress.SingleBar(
      {
        stream: this.stream,
        format: 'building {bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {article}',
        barCompleteChar: '#',
        barIncompleteChar: '.',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.legacy,
    );
    this.bar.start(total, 0, { rate: '0.0', article: '' });
  }

  tick(article: string, status: string): void {
    this.done++;
    if (this.bar) {
      const seconds = (Date.now() - (this.bar as unknown as { startTime: number }).startTime) / 1000;
      this.bar.increment(1, { rate: (this.done / Math.max(seconds, 0.001)).toFixed(1), article });
    } else if (this.total >= 2) {
      this.stream.write(`[${this.done}/${this.total}] ${article}: ${status}\n`);
    }
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
