import { describe, expect, it } from 'vitest';
import { placeKind, slackTextToPlain } from '../../../adapters/slack/inbound.js';

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

});
