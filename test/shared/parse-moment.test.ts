import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { parseMoment } from '../../src/shared/parse-moment.ts';

describe('parseMoment', () => {
  it('when a local time is given, then it is read in the store time zone', () => {
    expect(parseMoment('2026-11-20T15:30', 'Asia/Shanghai', '--at').toISOString()).toBe('2026-11-20T07:30:00.000Z');
    expect(parseMoment('2026-11-20', 'Europe/London', '--at').toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });

  it('when an offset is given, then it wins over the time zone', () => {
    expect(parseMoment('2026-11-20T15:30:00+01:00', 'Asia/Shanghai', '--at').toISOString()).toBe(
      '2026-11-20T14:30:00.000Z',
    );
  });

  it.each(['yesterday', '2026-02-30', '2026-13-01', '20/11/2026', '2026-11-20T25:00'])(
    'when "%s" is not a date, then a one-line InputError names the option',
    (text) => {
      expect(() => parseMoment(text, 'Asia/Shanghai', '--purchased')).toThrow(InputError);
      expect(() => parseMoment(text, 'Asia/Shanghai', '--purchased')).toThrow(/--purchased/);
    },
  );
});
