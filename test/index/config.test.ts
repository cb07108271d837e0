import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../index/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env, '/tmp');
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
}

describe('configuration', () => {
  it('with no platform variables: console only, defaults from PRODUCT §9', () => {
    const config = parseConfig({}, '/work/x');
    expect(config).toMatchObject({
      slack: null,
      feishu: null,
      port: 3000,
      locale: 'auto',
      resumeDir: '/work/x/seeds',
      dataDir: '/work/x/.data',
    });
  });

  it('Slack HTTP mode needs the bot token and the signing secret, and says where to find each', () => {
    const [p] = problems({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(p).toMatch(/^SLACK_SIGNING_SECRET is missing.*Basic Information → App Credentials.*SLACK_APP_TOKEN/);
    expect(problems({ SLACK_SIGNING_SECRET: 's' })[0]).toMatch(/^SLACK_BOT_TOKEN is missing.*OAuth & Permissions/);
    expect(
      parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api/' })
        .slack,
    ).toEqual({ botToken: 'xoxb-1', signingSecret: 's', appToken: undefined, apiUrl: 'http://127.0.0.1:9/api/' });
  });

  it('Socket Mode needs no signing secret but an xapp- token', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' })[0]).toMatch(
      /^SLACK_APP_TOKEN must be an app-level token starting with xapp-.*App-Level Tokens/,
    );
    expect(problems({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_APP_TOKEN: 'xapp-1' })[0]).toMatch(
      /^SLACK_BOT_TOKEN must be a bot token starting with xoxb-/,
    );
  });

  it('Feishu needs the app id and secret; webhook mode also the encrypt key and verification token', () => {
    expect(problems({ FEISHU_APP_ID: 'cli_a' }).join('\n')).toMatch(/FEISHU_APP_SECRET is missing.*凭证与基础信息/);
    const webhook = problems({ FEISHU_APP_ID: 'cli_a', FEISHU_APP_SECRET: 's', FEISHU_MODE: 'webhook' });
    expect(webhook.map((p) => p.split(' ')[0])).toEqual(['FEISHU_ENCRYPT_KEY', 'FEISHU_VERIFICATION_TOKEN']);
    expect(parseConfig({ FEISHU_APP_ID: 'cli_a', FEISHU_APP_SECRET: 's' }).feishu?.mode).toBe('ws');
  });

  it('reports every invalid value at once, naming the variable', () => {
    const all = problems({ PORT: 'eighty', BOT_LOCALE: 'fr', FEISHU_MODE: 'socket' });
    expect(all.map((p) => p.split(' ')[0]).sort()).toEqual(['BOT_LOCALE', 'FEISHU_MODE', 'PORT']);
  });
});
