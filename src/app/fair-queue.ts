import type { RequestHandler } from 'express';

/**
 * Admits requests in the order they arrived, at most `concurrency` at a time. The embedded database
 * runs one statement at a time, and each request queues anew for every statement it runs: without a
 * gate, a request of ten statements waits behind every newcomer ten times and can starve for seconds.
 * With it, a request waits once, in line, then competes only with the few admitted before it.
 */
export function fairQueue(concurrency: number): RequestHandler {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return (_req, res, next) => {
    let state: 'waiting' | 'admitted' | 'done' = 'waiting';
    const admit = (): void => {
      state = 'admitted';
      next();
    };
    // Answered, or the client went away (also while still in line).
    const finish = (): void => {
      if (state === 'admitted') release();
      else if (state === 'waiting') waiting.splice(waiting.indexOf(admit), 1);
      state = 'done';
    };
    res.once('finish', finish);
    res.once('close', finish);
    if (running < concurrency) {
      running++;
      admit();
    } else {
      waiting.push(admit);
    }
  };
}
