// The view the location hash names (#/ editor, #/show, #/presenter, #/audience, #/import) and its
// parameters (?slide=, ?report=, ?theme=, ?compare=).
import { useCallback, useEffect, useState } from 'react';

export type Mode = 'editor' | 'show' | 'presenter' | 'audience' | 'import';

export interface Route {
  mode: Mode;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const mode: Mode =
    path === 'show' || path === 'presenter' || path === 'audience' || path === 'import' ? path : 'editor';
  return { mode, params: new URLSearchParams(query) };
}

export function useRoute(): [Route, (mode: Mode) => void] {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const go = useCallback((mode: Mode) => {
    location.hash = mode === 'editor' ? '#/' : `#/${mode}`;
  }, []);
  return [route, go];
}
