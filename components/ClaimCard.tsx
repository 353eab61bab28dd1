import type { ClaimView } from '../lib/messages';
import { entityTypeLabel, kindLabel, t } from '../lib/i18n';
import { entityColour, PALETTE_COLOURS, textOn, type Palette } from '../lib/paint/palette';

/** Styles of the in-page card; they live inside its closed shadow root only. */
export const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); padding: 12px 14px; border-radius: 10px;
  background: #ffffff; color: #1b1b1f; box-shadow: 0 6px 24px rgba(0,0,0,.28); border: 1px solid #d0d0d7;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card:focus-visible { outline: 2px solid #0072B2; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .card { background: #23232a; color: #ececf1; border-color: #44444f; } }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.swatch { width: 12px; height: 12px; border-radius: 3px; flex: none; }
.name { font-weight: 650; font-size: 14px; flex: 1; }
.type { opacity: .7; font-size: 12px; }
.close { all: unset; cursor: pointer; padding: 0 4px; font-size: 16px; line-height: 1; opacity: .7; }
.close:focus-visible { outline: 2px solid #0072B2; border-radius: 4px; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
dt { opacity: .7; }
dd { margin: 0; }
.badge { display: inline-block; padding: 0 7px; border-radius: 999px; color: #111; font-size: 12px; font-weight: 600; }
`;

export function ClaimCard({ claim, palette, onClose }: { claim: ClaimView; palette: Palette; onClose: () => void }) {
  const kindColour = PALETTE_COLOURS[palette].kinds[claim.kind];
  const unnamed = claim.entity.type === 'unnamed';
  return (
    <div class="card" role="dialog" aria-label={t('cardLabel')}>
      <div class="head">
        <span class="swatch" style={{ background: entityColour(claim.colour, palette) }} />
        <span class="name">{unnamed ? t('unnamedSource') : claim.entity.name}</span>
        <span class="type">{entityTypeLabel(claim.entity.type)}</span>
        <button class="close" type="button" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <dl>
        <dt>{t('cardKind')}</dt>
        <dd>
          <span class="badge" style={{ background: kindColour, color: textOn(kindColour) }}>
            {kindLabel(claim.kind)}
          </span>
        </dd>
        <dt>{t('cardCue')}</dt>
        <dd>{claim.cue || '—'}</dd>
        <dt>{t('cardSource')}</dt>
        <dd>{claim.source || t('notNamed')}</dd>
      </dl>
    </div>
  );
}
