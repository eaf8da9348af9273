// Handouts for the system print dialog (Ctrl+P): three slides per A4 page with ruled lines for
// notes beside each, as PowerPoint prints them. Shown only when printing.
import type { Deck } from '../../../core/deck/types';
import { SlideView } from '../slide/SlideView';
import { Thumb } from '../slide/Stage';

const PER_PAGE = 3;
const NOTE_LINES = 7;
const THUMB_WIDTH_PX = 400;

export function PrintHandouts({ deck }: { deck: Deck }) {
  const pages: number[][] = [];
  for (let i = 0; i < deck.slides.length; i += PER_PAGE)
    pages.push(deck.slides.slice(i, i + PER_PAGE).map((_, k) => i + k));
  return (
    <div className="print-only" data-testid="print-handouts">
      {pages.map((indexes, p) => (
        <section key={p} className="print-page">
          <header className="print-head">
            <span>{deck.meta.title}</span>
            <span>
              第 {p + 1} 页 / 共 {pages.length} 页
            </span>
          </header>
          {indexes.map((i) => (
            <div key={i} className="print-row">
              <div className="print-slide">
                <Thumb widthPx={THUMB_WIDTH_PX}>
                  <SlideView slide={deck.slides[i]!} theme={deck.theme} />
                </Thumb>
                <div className="print-num">{i + 1}</div>
              </div>
              <div className="print-lines">
                {Array.from({ length: NOTE_LINES }, (_, k) => (
                  <div key={k} className="print-line" />
                ))}
              </div>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
