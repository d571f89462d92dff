import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
// `yaml` is the same parser family the playground bundles; it is in node_modules via @microsoft/teams-ai.
import { parse } from 'yaml';
import { buildPlaygroundConfig, playgroundConversationIds, splitName, type PlaygroundPerson } from '../../src/cli/playgroundConfig';

const FIXTURE = path.resolve(__dirname, '../../data/children-first.json');
const USER_FIELDS = ['id', 'name', 'userPrincipleName', 'aadObjectId', 'givenName', 'surname', 'email'];

function loadFixture(): { tenantId: string; people: PlaygroundPerson[] } {
  const raw: unknown = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  if (typeof raw !== 'object' || raw === null) throw new Error('fixture is not an object');
  const { tenantId, people } = raw as { tenantId: unknown; people: unknown };
  if (typeof tenantId !== 'string' || !Array.isArray(people)) throw new Error('fixture lacks tenantId/people');
  return { tenantId, people: people as PlaygroundPerson[] };
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a mapping');
  return value as Record<string, unknown>;
}

function person(id: string, name: string): PlaygroundPerson {
  return { id, name, jobTitle: 'Officer', aadObjectId: `aad-${id}`, email: `${id}@example.gov.uk` };
}

describe('buildPlaygroundConfig', () => {
  const fixture = loadFixture();
  const ruth = fixture.people.find((p) => p.id === 'ruth-okafor');

  it('makes Ruth Okafor the current user, keyed by her aadObjectId', () => {
    expect(ruth).toBeDefined();
    const config = asRecord(parse(buildPlaygroundConfig({ ...fixture, currentUserId: 'ruth-okafor' })));
    const me = asRecord(config.currentUser);
    expect(me.name).toBe('Ruth Okafor');
    expect(me.aadObjectId).toBe(ruth?.aadObjectId);
    expect(me.id).toBe(ruth?.aadObjectId);
    expect(me.email).toBe('ruth.okafor@example.gov.uk');
    expect(config.version).toBe('0.1.1');
    expect(config.tenantId).toBe(fixture.tenantId);
  });

  it('lists five other people with all seven user fields, and a schema-shaped team', () => {
    const config = asRecord(parse(buildPlaygroundConfig({ ...fixture, currentUserId: 'ruth-okafor' })));
    const users = config.users;
    expect(Array.isArray(users)).toBe(true);
    const list = (users as unknown[]).map(asRecord);
    // The playground schema has minItems 5 AND maxItems 5.
    expect(list).toHaveLength(5);
    for (const u of list) {
      expect(Object.keys(u).sort()).toEqual([...USER_FIELDS].sort());
      for (const f of USER_FIELDS) expect(typeof u[f] === 'string' && u[f] !== '').toBe(true);
    }
    expect(list.map((u) => u.name)).not.toContain('Ruth Okafor');
    expect(new Set(list.map((u) => u.id)).size).toBe(5);

    const ids = playgroundConversationIds('ruth-okafor');
    expect(asRecord(config.personalChat).id).toBe(ids.personalChat);
    expect(asRecord(config.groupChat).id).toBe(ids.groupChat);
    const team = asRecord(config.team);
    expect(team.name).toBe("Children's Services Select Committee");
    expect(team.id).toBe(ids.team);
    // Only one channel may be declared; General is implicit.
    expect(team.channels).toEqual([{ id: ids.improvementPlanChannel, name: 'Improvement Plan' }]);
    expect(String(asRecord(config.bot).name).length).toBeLessThanOrEqual(42);
  });

  it('quotes names with apostrophes, colons and other YAML-significant characters', () => {
    const people = [
      person('me', "Siobhán O'Neill"),
      person('a', 'Dr: Colon Person'),
      person('b', '- Dash #hash'),
      person('c', 'Quote "Marks" \\ back'),
      person('d', 'yes'),
      person('e', 'Plain Name'),
    ];
    const text = buildPlaygroundConfig({ tenantId: 't: 1', people, currentUserId: 'me', botName: "Bot's: name" });
    expect(text).toContain(`name: "Siobhán O'Neill"`);
    const config = asRecord(parse(text));
    expect(asRecord(config.currentUser).name).toBe("Siobhán O'Neill");
    expect(asRecord(config.currentUser).surname).toBe("O'Neill");
    expect(config.tenantId).toBe('t: 1');
    expect(asRecord(config.bot).name).toBe("Bot's: name");
    const names = (config.users as unknown[]).map((u) => asRecord(u).name);
    expect(names).toEqual(['Dr: Colon Person', '- Dash #hash', 'Quote "Marks" \\ back', 'yes', 'Plain Name']);
  });

  it('throws a clear error for an unknown current user', () => {
    expect(() => buildPlaygroundConfig({ ...fixture, currentUserId: 'nobody' })).toThrow(/Unknown playground user "nobody"/);
  });

  it('throws when there are not five other people', () => {
    const people = [person('me', 'Me Me'), person('a', 'A A')];
    expect(() => buildPlaygroundConfig({ tenantId: 't', people, currentUserId: 'me' })).toThrow(/needs 5 people/);
  });

  it('drops an honorific from the given name', () => {
    expect(splitName('Cllr Jo Pearce')).toEqual({ givenName: 'Jo', surname: 'Pearce' });
    expect(splitName('Ruth Okafor')).toEqual({ givenName: 'Ruth', surname: 'Okafor' });
  });
});
