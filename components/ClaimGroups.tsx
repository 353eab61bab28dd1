import { useState } from 'preact/hooks';
import type { ClaimView } from '../lib/messages';
import type { ClaimGroup } from '../lib/page/claims';
import { entityColour, KIND_COLOURS, KIND_LABELS } from '../lib/paint/palette';
import { ENTITY_TYPE_LABELS } from './ClaimCard';

/** Claim text longer than this is trimmed until expanded. */
const TRIM_CHARS = 140;

export function ClaimGroups({ groups, onJump }: { groups: ClaimGroup[]; onJump: (claim: number) => void }) {
  return (
    <ol class="groups">
      {groups.map((group) => (
        <li class="group" data-entity={group.entity.name} key={group.key}>
          <h2>
            <span class="swatch" style={{ background: entityColour(group.colour) }} aria-hidden="true" />
            <span class="entity">{group.colour < 0 ? 'Unnamed source' : group.entity.name}</span>
            <span class="etype">{ENTITY_TYPE_LABELS[group.entity.type]}</span>
            <span class="count">{group.claims.length}</span>
          </h2>
          <ul class="claims">
            {group.claims.map((claim) => (
              <Claim claim={claim} onJump={onJump} key={claim.id} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function Claim({ claim, onJump }: { claim: ClaimView; onJump: (claim: number) => void }) {
  const [expanded, setExpanded] = useState(false);
  const long = claim.claim.length > TRIM_CHARS;
  const text = long && !expanded ? `${claim.claim.slice(0, TRIM_CHARS).replace(/\s+\S*$/, '')}…` : claim.claim;
  return (
    <li class="claim" data-claim={claim.id}>
      <button type="button" class="jump" title="Show in the page" onClick={() => onJump(claim.id)}>
        <span class="meta">
          <span class="badge" style={{ background: KIND_COLOURS[claim.kind] }}>
            {KIND_LABELS[claim.kind]}
          </span>
          <span class="cue">{claim.cue}</span>
        </span>
        <span class="text">{text}</span>
      </button>
      {long ? (
        <button type="button" class="link more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'less' : 'more'}
        </button>
      ) : null}
    </li>
  );
}
