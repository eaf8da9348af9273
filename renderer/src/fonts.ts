// The deck's font, bundled: the same Noto Sans SC the deck is measured with and the PDF embeds,
// so the screen wraps exactly where the exports do. Never fetched from the network.
//
// The screen uses unicode-range slices made at build time (renderer/font-slices-plugin.ts): the
// common characters load before the first slide is drawn, rare ones on demand. The full files
// stay available for the export worker (PDFs embed subsets cut from them).
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { FONT_SLICES } from 'virtual:font-slices';

export const DECK_FONT_FAMILY = 'Noto Sans SC';

export const FONT_URLS = { regular: regularUrl, bold: boldUrl } as const;

const CSS_WEIGHT = { regular: '400', bold: '700' } as const;

/** Characters beyond the BMP are not in the slices: the full font serves them. */
const ASTRAL_RANGE = 'U+10000-10FFFF';

/**
 * Registers the faces and loads the common ones; resolves even if a face fails (a system font
 * stands in). Without slices (the dev server), the full files are loaded.
 */
export async function loadDeckFonts(): Promise<void> {
  const faces: { face: FontFace; now: boolean }[] = [];
  if (FONT_SLICES.length === 0) {
    for (const [w, url] of Object.entries(FONT_URLS) as ['regular' | 'bold', string][]) {
      faces.push({ face: new FontFace(DECK_FONT_FAMILY, `url(${url})`, { weight: CSS_WEIGHT[w] }), now: true });
    }
  } else {
    for (const s of FONT_SLICES) {
      faces.push({
        face: new FontFace(DECK_FONT_FAMILY, `url(${s.url})`, {
          weight: CSS_WEIGHT[s.weight],
          unicodeRange: s.unicodeRange,
        }),
        now: s.primary,
      });
    }
    for (const [w, url] of Object.entries(FONT_URLS) as ['regular' | 'bold', string][]) {
      faces.push({
        face: new FontFace(DECK_FONT_FAMILY, `url(${url})`, { weight: CSS_WEIGHT[w], unicodeRange: ASTRAL_RANGE }),
        now: false,
      });
    }
  }
  for (const { face } of faces) document.fonts.add(face);
  await Promise.all(
    faces
      .filter((f) => f.now)
      .map(async ({ face }) => {
        try {
          await face.load();
        } catch (e) {
          console.warn('font failed to load', e);
        }
      }),
  );
}
