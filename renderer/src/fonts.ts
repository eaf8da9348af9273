// The deck's font, bundled: the same Noto Sans SC TrueType files the deck is measured with and
// the PDF embeds, so the screen wraps exactly where the exports do. Loaded before the first
// slide is drawn; never fetched from the network.
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';

export const DECK_FONT_FAMILY = 'Noto Sans SC';

export const FONT_URLS = { regular: regularUrl, bold: boldUrl } as const;

/** Registers and loads both weights; resolves even if a face fails (the system font stands in). */
export async function loadDeckFonts(): Promise<void> {
  const faces = [new FontFace(DECK_FONT_FAMILY, `url(${regularUrl})`, { weight: '400' }), new FontFace(DECK_FONT_FAMILY, `url(${boldUrl})`, { weight: '700' })];
  await Promise.all(
    faces.map(async (f) => {
      try {
        document.fonts.add(await f.load());
      } catch (e) {
        console.warn('font failed to load', e);
      }
    }),
  );
}
