// Open-loop latency sampling: a request every `intervalMs` whether or not the last one answered, so a stalled
// event loop shows in every request it delays (a closed loop would record one slow request per stall).

export interface Samples {
  latencies: number[];
  errors: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Calls `request` every `intervalMs` until `until` settles; the latency of each call, in milliseconds. */
export async function sampleWhile(
  request: () => Promise<unknown>,
  intervalMs: number,
  until: Promise<unknown>,
): Promise<Samples> {
  const samples: Samples = { latencies: [], errors: 0 };
  const inFlight: Promise<void>[] = [];
  let done = false;
  void until.finally(() => (done = true)).catch(() => undefined);
  const fire = () => {
    const start = performance.now();
    inFlight.push(
      request().then(
        () => void samples.latencies.push(performance.now() - start),
        () => void samples.errors++,
      ),
    );
  };
  while (!done) {
    fire();
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  await Promise.all(inFlight);
  return samples;
}
