import { describe, expect, it } from 'vitest';
import { parseHash } from './route';

describe('the location hash names the view', () => {
  it('names the show, presenter, audience and import views, and anything else is the editor', () => {
    expect(parseHash('#/show').mode).toBe('show');
    expect(parseHash('#/presenter?slide=3').mode).toBe('presenter');
    expect(parseHash('#/audience').mode).toBe('audience');
    expect(parseHash('#/import').mode).toBe('import');
    expect(parseHash('#/').mode).toBe('editor');
    expect(parseHash('').mode).toBe('editor');
    expect(parseHash('#/nonsense').mode).toBe('editor');
  });
  it('keeps the query as parameters', () => {
    const r = parseHash('#/show?slide=3&theme=blue');
    expect(r.params.get('slide')).toBe('3');
    expect(r.params.get('theme')).toBe('blue');
  });
});
