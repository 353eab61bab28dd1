import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimView } from '../lib/messages';
import type { ClaimGroup } from '../lib/page/claims';
import { entityTypeLabel, kindLabel, t } from '../lib/i18n';
import { entityColour, OTHER_COLOUR, PALETTE_COLOURS, textOn, type Palette } from '../lib/paint/palette';

/** Claim text longer than this is trimmed until expanded. */
const TRIM_CHARS = 140;

/** Arrow keys, Home and End move between the claims' buttons; Enter (the button's own) jumps. */
function moveFocus(event: KeyboardEvent) {
  const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  if (!(event.key in steps)) return;
  const list = event.currentTarget as HTMLElement;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.jump')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const step = steps[event.key];
  const next = Number.isFinite(step) ? Math.min(buttons.length - 1, Math.max(0, at + step)) : step < 0 ? 0 : buttons.length - 1;
  event.preventDefault();
  buttons[next]?.focus();
}

interface Props {
  groups: ClaimGroup[];
  palette: Palette;
  /** The claim in view in the page (side panel): marked, and scrolled into the list's view. */
  current?: number;
  onJump: (claim: number) => void;
}

export function ClaimGroups({ groups, palette, current, onJump }: Props) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (current !== undefined) list.current?.querySelector('.claim.current')?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <ol class="groups" ref={list} onKeyDown={moveFocus}>
      {groups.map((group) => {
        const name = group.colour < 0 ? t('unnamedSource') : group.entity.name;
        return (
          <li class="group" data-entity={group.entity.name} key={group.key}>
            <h2>
              {group.colour === OTHER_COLOUR ? (
                <span class="swatch other" style={{ background: entityColour(group.colour, palette) }} title={t('otherSource')} />
              ) : (
                <span class="swatch" style={{ background: entityColour(group.colour, palette) }} aria-hidden="true" />
              )}
              <span class="entity">{name}</span>
              <span class="etype">{entityTypeLabel(group.entity.type)}</span>
              <span class="count">{group.claims.length}</span>
            </h2>
            <ul class="claims" aria-label={t('claimsOf', name)}>
              {group.claims.map((claim) => (
                <Claim claim={claim} palette={palette} current={claim.id === current} onJump={onJump} key={claim.id} />
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function Claim({ claim, palette, current, onJump }: { claim: ClaimView; palette: Palette; current: boolean; onJump: (claim: number) => void }) {
  const kindColour = PALETTE_COLOURS[palette].kinds[claim.kind];
  const [expanded, setExpanded] = useState(false);
  const long = claim.claim.length > TRIM_CHARS;
  const text = long && !expanded ? `${claim.claim.slice(0, TRIM_CHARS).replace(/\s+\S*$/, '')}…` : claim.claim;
  return (
    <li class={current ? 'claim current' : 'claim'} data-claim={claim.id}>
      <button type="button" class="jump" title={t('showInPage')} aria-current={current ? 'location' : undefined} onClick={() => onJump(claim.id)}>
        {current ? <span class="sr-only">{t('currentClaim')}: </span> : null}
        <span class="meta">
          <span class="badge" style={{ background: kindColour, color: textOn(kindColour) }}>
            {kindLabel(claim.kind)}
          </span>
          <span class="cue">{claim.cue}</span>
        </span>
        <span class="text">{text}</span>
      </button>
      {long ? (
        <button type="button" class="link more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('less') : t('more')}
        </button>
      ) : null}
    </li>
  );
}
