import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../../src/search/core/load-once.ts';

describe('loadOnce', () => {
  it('loads once, and gives every later call the same result', async () => {
    const asked: string[] = [];
    const load = loadOnce(async (fresh) => asked.push(fresh('/ui.js')));
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
    expect(asked).toEqual(['/ui.js']);
  });

  it('forgets a failed load, and asks for a new URL next time, since the browser remembers the failed one', async () => {
    const asked: string[] = [];
    let fail = 2;
    const load = loadOnce(async (fresh) => {
      asked.push(fresh('/ui.js'));
      if (fail-- > 0) throw new Error('404');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('404');
    await expect(load()).rejects.toThrow('404');
    expect(await load()).toBe('loaded');
    expect(await load()).toBe('loaded');
    expect(asked).toEqual(['/ui.js', '/ui.js?retry=1', '/ui.js?retry=2']);
  });
});
