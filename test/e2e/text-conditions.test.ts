/**
 * Issue 16's "done when": a rule file saying "known if two-way or recommended; weak tie if they endorsed
 * you or you share an employer; stranger if the position says recruiter or talent, unless known".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';
import type { Report } from '../../src/report/schema.js';

const file = 'fixtures/rule-sets/recruiters-are-strangers.json';

/** What the sentence above says, computed from what the report shows of each contact. */
function expectedLabel(contact: Report['contacts'][number]): string {
  const { messages, recommendations, endorsements, sharedEmployer } = contact.evidence;
  if (messages.twoWay || recommendations.given + recommendations.received > 0) return 'known';
  if (/\b(recruiter|talent)\b/i.test(contact.position)) return 'stranger';
  if (endorsements.received > 0 || sharedEmployer !== null) return 'weak-tie';
  return 'stranger';
}

describe('a rule file with a condition on the position', () => {
  let contacts: Report['contacts'];
  beforeAll(async () => {
    const run = await netprune(['audit', fixture('demo'), '--json', '--rules', file]);
    expect(run.code, run.stderr).toBe(0);
    contacts = (JSON.parse(run.stdout) as Report).contacts;
  });

  it('passes rules check', async () => {
    const run = await netprune(['rules', 'check', file]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/valid rule set "recruiters-are-strangers" with 5 rules/);
  });

  it('gives every demo contact the label the sentence says', () => {
    // A namesake's records may make a stranger a weak tie (the same-name reason): those are not the rule file's doing.
    const judged = contacts.filter((c) => !c.reasons.some((r) => r.rule === 'same-name'));
    expect(judged.length).toBeGreaterThan(390);
    expect(judged.filter((c) => c.label !== expectedLabel(c)).map((c) => `${c.firstName} ${c.lastName}: ${c.label}`)).toEqual([]);
  });

  it('calls recruiters strangers, on whole words: a "Recruitment Consultant" is not a recruiter', () => {
    const recruiters = contacts.filter((c) => c.reasons[0]?.rule === 'recruiter');
    expect(recruiters.length).toBeGreaterThanOrEqual(10);
    expect(recruiters.every((c) => c.label === 'stranger' && /\b(recruiter|talent)\b/i.test(c.position))).toBe(true);
    // Whole words only: "Recruitment" is not "recruiter".
    expect(contacts.filter((c) => /recruitment/i.test(c.position)).every((c) => c.reasons[0]?.rule !== 'recruiter')).toBe(true);
  });
});
