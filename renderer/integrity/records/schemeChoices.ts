// The channels (other than 信访) and bonus kinds of the scheme in force for a year, for the pages'
// filters and dialogs: the year's latest enabled version (none when no version is enabled).
import type { SchemeContent } from '../../../shared/integrity/index.ts';
import { useOp } from '../../api/query.ts';

export function useSchemeInForce(year: number | undefined): SchemeContent | null {
  const list = useOp('integrity.schemes', { year }, { enabled: year !== undefined });
  const latest = (list.data ?? []).filter((s) => s.status === '已启用').sort((a, b) => b.version - a.version)[0];
  const detail = useOp('integrity.scheme', { id: latest?.id ?? 1 }, { enabled: latest !== undefined });
  return latest && detail.data ? detail.data.content : null;
}

export function findingChannels(scheme: SchemeContent | null): Array<{ key: string; name: string }> {
  if (!scheme) return [];
  return scheme.participation.channels.filter((c) => c.key !== scheme.participation.tipChannel).map((c) => ({ key: c.key, name: c.name }));
}

export function bonusKinds(scheme: SchemeContent | null): Array<{ key: string; name: string; points: number }> {
  return scheme ? scheme.bonus.kinds.map((k) => ({ key: k.key, name: k.name, points: k.points })) : [];
}
