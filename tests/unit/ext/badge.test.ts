import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { showBadge } from '../../../lib/ext/badge';

describe('showBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets the text, colour and title of one tab only', async () => {
    await showBadge(7, { matches: 3, conflicts: 1 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([179, 38, 30, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Factlens: 1 conflict, 3 matches');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });
});
