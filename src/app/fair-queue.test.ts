import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { fairQueue } from './fair-queue';

/** Sends `count` requests through the gate; returns the order they were admitted in and their responses. */
function arrive(gate: ReturnType<typeof fairQueue>, count: number, admitted: number[]): EventEmitter[] {
  return Array.from({ length: count }, (_, i) => {
    const res = new EventEmitter();
    gate({} as Request, res as unknown as Response, () => admitted.push(i));
    return res;
  });
}

describe('fairQueue', () => {
  it('admits at most `concurrency` requests, the others in the order they arrived', () => {
    const admitted: number[] = [];
    const responses = arrive(fairQueue(2), 5, admitted);
    expect(admitted).toEqual([0, 1]);
    responses[1]!.emit('finish');
    responses[1]!.emit('close');
    expect(admitted).toEqual([0, 1, 2]);
    responses[0]!.emit('close');
    responses[2]!.emit('finish');
    expect(admitted).toEqual([0, 1, 2, 3, 4]);
  });

  it('drops a request whose client left while it waited, without taking a place', () => {
    const gate = fairQueue(1);
    const admitted: number[] = [];
    const responses = arrive(gate, 3, admitted);
    responses[1]!.emit('close');
    responses[0]!.emit('finish');
    expect(admitted).toEqual([0, 2]);
    responses[2]!.emit('finish');
    // Every place is free again: the next one in goes straight through.
    const later: number[] = [];
    arrive(gate, 1, later);
    expect(later).toEqual([0]);
  });
});
