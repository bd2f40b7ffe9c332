// A ledger's search box kept in the address: what is typed shows at once, and goes to the
// address (and so to the service) once typing pauses; when the address changes from elsewhere
// (the navigation, a link), the box follows it.
import { useEffect, useState } from 'react';
import { useDebounced } from '../useDebounced.ts';

export function useSearchText(value: (key: string) => string, update: (changes: Record<string, string | undefined>) => void, key = 'q') {
  const inAddress = value(key);
  const [text, setText] = useState(inAddress);
  const settled = useDebounced(text.trim(), 300);

  useEffect(() => {
    if (settled !== inAddress) update({ [key]: settled || undefined });
    // Only a settled change of the text writes the address.
  }, [settled]);

  useEffect(() => {
    setText((current) => (current.trim() === inAddress ? current : inAddress));
  }, [inAddress]);

  return [text, setText] as const;
}
