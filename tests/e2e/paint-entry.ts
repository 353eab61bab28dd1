export { extract } from '../../lib/engine';
export { collectPageText } from '../../lib/page/collect';
export { buildClaims } from '../../lib/page/claims';
export { wholeText } from '../../lib/page/text-parts';
export { createPainter } from '../../lib/paint/painter';
export { planPaint } from '../../lib/paint/plan';
