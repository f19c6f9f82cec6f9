// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { domRootPerTest } from '../common/testing/domRoot';
import { usePaintedWith } from './usePaintedWith';

// What waits for the first frame (the findings) waits for a frame painted
// with the plan in it, not for React's next render, which comes before any
// paint; once that frame is out it stays so.

function Probe({ ready }: { ready: boolean }) {
  return <output>{usePaintedWith(ready) ? 'painted' : 'waiting'}</output>;
}

/** Lets an animation frame and the timeout after it run. */
async function nextFrame() {
  await act(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0)),
      ),
  );
}

describe('usePaintedWith', () => {
  const dom = domRootPerTest();
  const shown = () => dom.host.querySelector('output')?.textContent;

  it('is false in the render that first has it ready, true after a frame', async () => {
    dom.render(<Probe ready={true} />);
    expect(shown()).toBe('waiting');
    await nextFrame();
    expect(shown()).toBe('painted');
  });

  it('waits while it is not ready, however many frames pass', async () => {
    dom.render(<Probe ready={false} />);
    await nextFrame();
    await nextFrame();
    expect(shown()).toBe('waiting');
    dom.render(<Probe ready={true} />);
    expect(shown()).toBe('waiting');
    await nextFrame();
    expect(shown()).toBe('painted');
  });

  it('stays true once painted, even when it stops being ready', async () => {
    dom.render(<Probe ready={true} />);
    await nextFrame();
    dom.render(<Probe ready={false} />);
    await nextFrame();
    expect(shown()).toBe('painted');
  });
});
