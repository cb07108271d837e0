import { describe, expect, it } from 'vitest';
import { wordForms } from '../../src/search/word-forms.js';

describe('other forms of an English word', () => {
  it('makes the inflections, the doer and the act, kept where Porter’s stem agrees', () => {
    expect(wordForms('negotiation')).toEqual(
      expect.arrayContaining(['negotiate', 'negotiated', 'negotiating', 'negotiator', 'negotiations']),
    );
    expect(wordForms('reconciliation')).toEqual(expect.arrayContaining(['reconcile', 'reconciled', 'reconciling']));
    expect(wordForms('planning')).toEqual(expect.arrayContaining(['plan', 'planned', 'plans']));
    expect(wordForms('teacher')).toEqual(expect.arrayContaining(['teach', 'teaching', 'teachers']));
  });

  it('never takes a word that only looks alike, and gives a short name or a non-word none', () => {
    expect(wordForms('academy')).not.toContain('academic');
    expect(wordForms('general')).not.toContain('generate');
    expect(wordForms('organization')).not.toContain('organ');
    expect(wordForms('sap')).toEqual([]);
    expect(wordForms('c++')).toEqual([]);
    expect(wordForms('negotiation')).not.toContain('negotiation');
  });
});
