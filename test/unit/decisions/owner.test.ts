import { describe, expect, it } from 'vitest';
import { ownerToKeep, sameAccount } from '../../../src/decisions/owner.js';

const zoe = (key: string | null) => ({ key, firstName: 'Zoé', lastName: 'Owner' });

describe('whose decisions a file holds', () => {
  it('an export that names its owner only matches a file of that name, and a later one with their profile URL does too', () => {
    expect(sameAccount('name:zoé owner', zoe('name:zoé owner'))).toBe(true);
    expect(sameAccount('name:zoé owner', zoe('in/zoe-owner'))).toBe(true);
    expect(ownerToKeep('name:zoé owner', 'in/zoe-owner')).toBe('in/zoe-owner');
  });

  it('refuses another account: another name, or another profile', () => {
    expect(sameAccount('name:max other', zoe('in/zoe-owner'))).toBe(false);
    expect(sameAccount('name:max other', zoe('name:zoé owner'))).toBe(false);
    expect(sameAccount('in/max-other', zoe('in/zoe-owner'))).toBe(false);
    // A profile key is never given up for a name.
    expect(ownerToKeep('in/zoe-owner', 'name:zoé owner')).toBe('in/zoe-owner');
  });
});
