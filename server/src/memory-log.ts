/** With CASEBOOK_LOG_MEMORY=SECONDS, logs where the memory is (a bench and a production aid). */
export function startMemoryLog(seconds: number, documentsLoaded: () => number): void {
  if (!(seconds > 0)) return;
  const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)}`;
  setInterval(() => {
    // Under --expose-gc, measure what is live rather than what the collector has not reached yet.
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    console.log(
      `memory: rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB, external ${mb(m.external)} MB (buffers ${mb(m.arrayBuffers)} MB), documents ${documentsLoaded()}`,
    );
  }, seconds * 1000).unref();
}
