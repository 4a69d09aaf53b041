import { describe, expect, it } from 'vitest';
import { pacedWalk } from '../../src/complaints/paced-walk.ts';

async function* numbers(count: number): AsyncIterable<number> {
  for (let index = 0; index < count; index++) yield index;
}

describe('pacedWalk', () => {
  it('when a sweep walks 60 cases, then it pauses before the 26th and the 51st and hands out every one in order', async () => {
    const seen: (number | 'pause')[] = [];
    for await (const item of pacedWalk(numbers(60), async () => void seen.push('pause'))) seen.push(item);
    expect(seen.filter((item) => item !== 'pause')).toEqual(Array.from({ length: 60 }, (_, index) => index));
    expect(seen.indexOf('pause')).toBe(25);
    expect(seen.lastIndexOf('pause')).toBe(51);
    expect(seen.filter((item) => item === 'pause')).toHaveLength(2);
  });

  it('when the pause is not over, then the walk goes no further than the case before it', async () => {
    let resume: () => void = () => undefined;
    const handed: number[] = [];
    const walk = (async () => {
      for await (const item of pacedWalk(numbers(30), () => new Promise<void>((resolve) => (resume = resolve)))) {
        handed.push(item);
      }
    })();
    while (handed.length < 25) await new Promise((resolve) => setImmediate(resolve));
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(handed).toHaveLength(25);
    resume();
    await walk;
    expect(handed).toHaveLength(30);
  });

  it('when there is no pause, then the items pass as they are', async () => {
    const handed: number[] = [];
    for await (const item of pacedWalk(numbers(3), undefined)) handed.push(item);
    expect(handed).toEqual([0, 1, 2]);
  });
});
