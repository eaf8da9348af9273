// Generated at build time by renderer/font-slices-plugin.ts.
declare module 'virtual:font-slices' {
  export const FONT_SLICES: readonly {
    weight: 'regular' | 'bold';
    unicodeRange: string;
    primary: boolean;
    url: string;
  }[];
}
