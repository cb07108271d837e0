import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/run.js';

const SCHEMA = path.join(ROOT, '..', 'shared', 'vendor-data', 'slack', 'manifest.schema.1.0.0.json');

interface Manifest {
  features: {
    slash_commands: { command: string; description: string; usage_hint?: string }[];
    app_home: { messages_tab_enabled: boolean };
    bot_user: { display_name: string };
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

describe('manifest.yml', () => {
  const text = readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8');
  const manifest = parse(text) as Manifest;

  it("is valid against Slack's official manifest schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('declares /candidate with a description and usage hint, mentions, DMs with the messages tab, and interactivity', () => {
    const command = manifest.features.slash_commands.find((c) => c.command === '/candidate');
    expect(command?.description.length).toBeGreaterThan(10);
    expect(command?.usage_hint).toMatch(/rust/);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('is in Socket Mode by default, and says how to switch to HTTP', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(text).toMatch(/HTTP mode[\s\S]*socket_mode_enabled to false[\s\S]*\/slack\/events/);
  });

  it('asks only for the scopes the bot uses: no channel history, no user e-mail, no user scopes', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'files:read',
      'im:history',
    ]);
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
    for (const forbidden of ['channels:history', 'groups:history', 'mpim:history', 'users:read.email'])
      expect(manifest.oauth_config.scopes.bot).not.toContain(forbidden);
  });
});
