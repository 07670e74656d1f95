import { rankSuggestions, type SuggestionCandidate } from './suggestion.ranking';

const candidate = (id: string, score: number, activeMentees: number): SuggestionCandidate => ({
  id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  score,
  activeMentees,
});

const order = (list: SuggestionCandidate[]): string[] => rankSuggestions(list).map((c) => c.id.slice(-3));

describe('rankSuggestions', () => {
  it('puts more shared skills first', () => {
    expect(order([candidate('1', 1, 0), candidate('2', 3, 0), candidate('3', 2, 0)])).toEqual(['002', '003', '001']);
  });

  it('breaks a tie in shared skills by fewer active mentees', () => {
    expect(order([candidate('1', 2, 2), candidate('2', 2, 0), candidate('3', 2, 1)])).toEqual(['002', '003', '001']);
  });

  it('breaks a full tie by id, as PostgreSQL orders uuids', () => {
    const ids = ['0b0', '00a', 'a00', '0a0'];
    expect(order(ids.map((id) => candidate(id, 1, 1)))).toEqual(['00a', '0a0', '0b0', 'a00']);
  });

  it('keeps extra fields and leaves its input as it was', () => {
    const input = [
      { ...candidate('1', 1, 0), status: 'PENDING' },
      { ...candidate('2', 2, 0), status: 'ACCEPTED' },
    ];
    const ranked = rankSuggestions(input);
    expect(ranked.map((c) => c.status)).toEqual(['ACCEPTED', 'PENDING']);
    expect(input.map((c) => c.status)).toEqual(['PENDING', 'ACCEPTED']);
  });
});
