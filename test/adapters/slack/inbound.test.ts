import { describe, expect, it } from 'vitest';
import { placeKind, slackActor, slackTextToPlain } from '../../../adapters/slack/inbound.js';
import { checkAccess, replyVisibility } from '../../../src/conversation/policy.js';

describe('Slack text → what the user typed', () => {
  it.each([
    ['<@UBOT> rust', 'rust'],
    ['<@UBOT|candidate-bot> 谁做过消息队列，5年以上？', '谁做过消息队列，5年以上？'],
    ['compare <@UBOT> 张林伟 and 王军飞 <@UBOT>', 'compare 张林伟 and 王军飞'],
    ['c++ &amp; c# &lt;senior&gt;', 'c++ & c# <senior>'],
    ['ask <@U999|alice> about <#C123|hiring>', 'ask @alice about #hiring'],
    ['<mailto:a@b.com|a@b.com> <https://github.com/x>', 'a@b.com https://github.com/x'],
    ['<!here> golang', '@here golang'],
    ['   ', ''],
  ])('%s → %s', (input, expected) => {
    expect(slackTextToPlain(input, 'UBOT')).toBe(expected);
  });

  it.each([
    ['D024BE91L', undefined, 'dm'],
    ['C024BE91L', 'im', 'dm'],
    ['G024BE91L', undefined, 'private'],
    ['C024BE91L', 'mpim', 'private'],
    ['C024BE91L', 'channel', 'public'],
    [undefined, undefined, 'public'],
  ] as const)('channel %s (channel_type %s) is a %s place', (channel, hint, kind) => {
    expect(placeKind(channel, hint)).toBe(kind);
  });

  it('a channel someone named directmessage is a channel: ALLOWED_CHANNELS applies and answers go to the asker only', () => {
    // Slash commands carry channel_name `directmessage` for real DMs too; only the id tells them apart.
    const actor = slackActor({ id: 'U1' }, 'C024TRICK', 'T1');
    expect(actor.placeKind).toBe('public');
    expect(replyVisibility(actor)).toBe('asker');
    expect(checkAccess(actor, { allowedUsers: [], allowedChannels: ['C_HIRING'], contactRevealUsers: [] })).toEqual({
      allowed: false,
      reason: 'channel',
    });
    expect(slackActor({ id: 'U1' }, 'D024REALDM', 'T1').placeKind).toBe('dm');
  });
});
