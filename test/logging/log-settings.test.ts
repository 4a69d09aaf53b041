import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

const BASE = {
  SLACK_BOT_TOKEN: 'xoxb-1-settings',
  SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789',
  REVIEW_CHANNEL: 'C0REVIEW',
};

describe('LOG_FORMAT and METRICS', () => {
  it('when unset, then the log format is left to the terminal test and metrics are served', () => {
    const config = loadConfig(BASE);
    expect(config.logFormat).toBeUndefined();
    expect(config.metrics).toBe(true);
  });

  it('when set in any case, then they are read', () => {
    const config = loadConfig({ ...BASE, LOG_FORMAT: 'Pretty', METRICS: 'OFF' });
    expect(config.logFormat).toBe('pretty');
    expect(config.metrics).toBe(false);
  });

  it('when set to something else, then each is one line naming it and what it takes', () => {
    expect(() => loadConfig({ ...BASE, LOG_FORMAT: 'xml', METRICS: 'yes' })).toThrow(
      expect.objectContaining({
        problems: ['LOG_FORMAT must be json or pretty (got "xml")', 'METRICS must be on or off (got "yes")'],
      }),
    );
  });
});
