import { describe, expect, it } from 'vitest';
import { arrangeColumns } from '../../../shared/core/prefs.ts';

const DEFAULTS = ['number', 'receivedDate', 'status', 'summary', 'channel'];

describe('arrangeColumns', () => {
  it('nothing stored: the default order, every column shown', () => {
    expect(arrangeColumns(DEFAULTS, null)).toEqual(DEFAULTS.map((field) => ({ field, visible: true })));
  });

  it('keeps the stored order and hidden columns; drops columns that are gone', () => {
    const stored = [
      { field: 'summary', visible: true },
      { field: 'gone', visible: true },
      { field: 'number', visible: false },
      { field: 'channel', visible: true },
      { field: 'status', visible: true },
      { field: 'receivedDate', visible: false },
    ];
    expect(arrangeColumns(DEFAULTS, stored)).toEqual(stored.filter((c) => c.field !== 'gone'));
  });

  it('puts a column added since after its default neighbour, shown', () => {
    const stored = [
      { field: 'summary', visible: true },
      { field: 'number', visible: false },
      { field: 'channel', visible: true },
    ];
    expect(arrangeColumns(DEFAULTS, stored).map((c) => `${c.field}${c.visible ? '' : '-'}`)).toEqual(['summary', 'number-', 'receivedDate', 'status', 'channel']);
    expect(arrangeColumns(['first', ...DEFAULTS], stored)[0]).toEqual({ field: 'first', visible: true });
  });
});
