import { describe, expect, it } from 'vitest';
import { checkOutputsByDefault } from './backend';

describe('checkOutputsByDefault', () => {
  it('checks answers under Vitest and in development, not in the app as people run it', () => {
    expect(checkOutputsByDefault({ VITEST: 'true' })).toBe(true);
    expect(checkOutputsByDefault({ NODE_ENV: 'development' })).toBe(true);
    expect(checkOutputsByDefault({})).toBe(false);
    expect(checkOutputsByDefault({ NODE_ENV: 'production' })).toBe(false);
  });

  it('does what EMBARGO_PLANNER_CHECK_OUTPUTS says, when it says 1 or 0', () => {
    expect(checkOutputsByDefault({ EMBARGO_PLANNER_CHECK_OUTPUTS: '1' })).toBe(true);
    expect(checkOutputsByDefault({ EMBARGO_PLANNER_CHECK_OUTPUTS: '0', VITEST: 'true' })).toBe(
      false,
    );
    expect(checkOutputsByDefault({ EMBARGO_PLANNER_CHECK_OUTPUTS: 'yes' })).toBe(false);
  });
});
