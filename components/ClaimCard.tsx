import type { ClaimView } from '../lib/messages';
import { entityColour, KIND_COLOURS, KIND_LABELS } from '../lib/paint/palette';

export const ENTITY_TYPE_LABELS: Record<ClaimView['entity']['type'], string> = {
  person: 'person',
  organisation: 'organisation',
  media: 'media',
  group: 'group',
  unnamed: 'no named source',
};

/** Styles of the in-page card; they live inside its closed shadow root only. */
export const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); padding: 12px 14px; border-radius: 10px;
  background: #ffffff; color: #1b1b1f; box-shadow: 0 6px 24px rgba(0,0,0,.28); border: 1px solid #d0d0d7;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
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

export function ClaimCard({ claim, onClose }: { claim: ClaimView; onClose: () => void }) {
  const unnamed = claim.entity.type === 'unnamed';
  return (
    <div class="card" role="dialog" aria-label="Who said this">
      <div class="head">
        <span class="swatch" style={{ background: entityColour(claim.colour) }} />
        <span class="name">{unnamed ? 'Unnamed source' : claim.entity.name}</span>
        <span class="type">{ENTITY_TYPE_LABELS[claim.entity.type]}</span>
        <button class="close" type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <dl>
        <dt>Kind</dt>
        <dd>
          <span class="badge" style={{ background: KIND_COLOURS[claim.kind] }}>
            {KIND_LABELS[claim.kind]}
          </span>
        </dd>
        <dt>Cue</dt>
        <dd>{claim.cue || '—'}</dd>
        <dt>Source</dt>
        <dd>{claim.source || 'not named'}</dd>
      </dl>
    </div>
  );
}
