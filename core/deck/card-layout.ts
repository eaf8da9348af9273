/**
 * Grids of cards: KPI cards (a figure in big type with what it counts) and text cards (overviews).
 * All cards of a grid share one size per kind of text, as a designer would set them, and no text
 * goes below the type scale (type-scale.ts): when the cards do not fit, a grid takes fewer, wider
 * columns, then fewer cards go on a slide and the rest continue on the next, balanced over the
 * slides (balance.ts). The cards of a KPI set that continues keep one size per kind of text on
 * all its slides, and a lone KPI card is no wider than a card of a two-card grid.
 */
export { LONE_KPI_CARD_MAX_WIDTH_PX, MAX_CARDS_PER_SLIDE } from './card-grid';
export { type KpiItem, type KpiPass, type KpiSizeCaps, layoutKpiGrid } from './kpi-cards';
export { type KpiPaging, type KpiSlideSpec, paginateKpis } from './kpi-paging';
export { type HeadPlacement, layoutTextCards, paginateTextCards, type TextCard, type TextCardPage } from './text-cards';
