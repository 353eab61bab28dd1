import type { EntityType } from '../lib/engine/types';
import { entityTypeLabel, percent, t } from '../lib/i18n';
import { share, type ProfileFilter, type SourceProfile } from '../lib/profile';

/** The profile in words, one line each: the popup's view, and the Markdown and CSV exports. */
export function profileLines(profile: SourceProfile): string[] {
  const pct = (part: number) => percent(share(part, profile.claims));
  return [
    countsText(profile),
    profile.byType.map(({ type, claims }) => `${entityTypeLabel(type)} ${claims}`).join(' · '),
    t('profileUnnamed', pct(profile.unnamed)),
    `${t('profileQuoted', pct(profile.quoted))} · ${t('profileReported', pct(profile.reported))}`,
    topText(profile),
  ];
}

/** "11 claims · 6 sources · 1 unnamed". */
function countsText(profile: SourceProfile): string {
  const claims = profile.claims === 1 ? t('countClaim') : t('countClaims', profile.claims);
  const sources = profile.speakers === 1 ? t('countSource') : t('countSources', profile.speakers);
  return `${claims} · ${sources} · ${t('countUnnamed', profile.unnamed)}`;
}

function topText(profile: SourceProfile): string {
  const held = percent(share(profile.top.claims, profile.claims));
  return profile.top.keys.length === 1 ? t('profileTopOne', held) : t('profileTop', [profile.top.keys.length, held]);
}

const sameFilter = (a: ProfileFilter | null, b: ProfileFilter) =>
  a !== null && a.by === b.by && (a.by !== 'type' || (b.by === 'type' && a.type === b.type));

interface Props {
  profile: SourceProfile;
  filter: ProfileFilter | null;
  onFilter: (filter: ProfileFilter | null) => void;
}

/**
 * Who gets to speak, at a glance: the counts, a stacked bar of claims by speaker type (each type
 * with its own pattern and label, so it reads without colour), the unnamed, quoted and top-speaker
 * shares. Every part narrows the claim list when clicked; clicking it again shows all.
 */
export function SourceProfileView({ profile, filter, onFilter }: Props) {
  const toggle = (next: ProfileFilter) => onFilter(sameFilter(filter, next) ? null : next);
  const pressed = (f: ProfileFilter) => sameFilter(filter, f);
  const pct = (part: number) => percent(share(part, profile.claims));
  const part = (f: ProfileFilter, label: string) => (
    <button type="button" class="part" aria-pressed={pressed(f)} onClick={() => toggle(f)}>
      {label}
    </button>
  );
  return (
    <section class="profile" aria-label={t('profileLabel')}>
      <p class="counts" aria-live="polite">
        {countsText(profile)}
      </p>
      {/* The bar repeats the legend's buttons for the mouse; keyboards and screen readers use the legend. */}
      <div class="bar" aria-hidden="true">
        {profile.byType.map(({ type, claims }) => (
          <span
            class={`segment type-${type}${pressed({ by: 'type', type }) ? ' on' : ''}`}
            style={{ flexGrow: claims }}
            title={`${entityTypeLabel(type)}: ${claims}`}
            onClick={() => toggle({ by: 'type', type })}
          />
        ))}
      </div>
      <div class="legend" role="group" aria-label={t('profileTypes')}>
        {profile.byType.map(({ type, claims }) => (
          <TypePart type={type} claims={claims} pressed={pressed({ by: 'type', type })} onClick={() => toggle({ by: 'type', type })} />
        ))}
      </div>
      <p class="shares">
        {profile.unnamed > 0 ? part({ by: 'type', type: 'unnamed' }, t('profileUnnamed', pct(profile.unnamed))) : <span class="part">{t('profileUnnamed', pct(0))}</span>}
        <span class="pair">
          {part({ by: 'quoted' }, t('profileQuoted', pct(profile.quoted)))}
          {part({ by: 'reported' }, t('profileReported', pct(profile.reported)))}
        </span>
        {profile.top.keys.length > 0 ? part({ by: 'top' }, topText(profile)) : null}
      </p>
    </section>
  );
}

function TypePart({ type, claims, pressed, onClick }: { type: EntityType; claims: number; pressed: boolean; onClick: () => void }) {
  return (
    <button type="button" class="part" aria-pressed={pressed} onClick={onClick}>
      <span class={`key type-${type}`} aria-hidden="true" />
      {entityTypeLabel(type)} <strong>{claims}</strong>
    </button>
  );
}

/** What the list is narrowed to, in the words of the part that was clicked. */
export function filterLabel(filter: ProfileFilter, profile: SourceProfile): string {
  const pct = (part: number) => percent(share(part, profile.claims));
  switch (filter.by) {
    case 'type':
      return entityTypeLabel(filter.type);
    case 'quoted':
      return t('profileQuoted', pct(profile.quoted));
    case 'reported':
      return t('profileReported', pct(profile.reported));
    case 'top':
      return topText(profile);
  }
}
