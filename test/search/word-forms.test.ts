import { describe, expect, it } from 'vitest';
import { wordForms } from '../../src/search/word-forms.js';

describe('other forms of an English word', () => {
  it('gives a doer or an act the forms of what is done, kept where Porter’s stem agrees', () => {
    expect(wordForms('negotiation')).toEqual(
      expect.arrayContaining(['negotiate', 'negotiated', 'negotiating', 'negotiator', 'negotiations']),
    );
    expect(wordForms('reconciliation')).toEqual(expect.arrayContaining(['reconcile', 'reconciled', 'reconciling']));
    expect(wordForms('planning')).toEqual(['plan', 'planned', 'plannings', 'plans']);
  });

  it('gives a plain word its inflections only: its doer or its act is often another thing', () => {
    expect(wordForms('design')).toEqual(['designed', 'designes', 'designing', 'designs']);
    expect(wordForms('office')).not.toContain('officer');
    expect(wordForms('product')).not.toContain('production');
  });

  it('never takes a word Porter’s stem does not agree with, and gives a short name or a non-word none', () => {
    // The rules make them (a doer's -er taken off, an -s put on); the stem check drops them.
    expect(wordForms('center')).not.toContain('cents');
    expect(wordForms('former')).not.toContain('forms');
    expect(wordForms('academy')).not.toContain('academic');
    expect(wordForms('sap')).toEqual([]);
    expect(wordForms('c++')).toEqual([]);
    expect(wordForms('negotiation')).not.toContain('negotiation');
  });
});
