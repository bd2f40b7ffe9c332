// A ledger's search box kept in the address: what is typed shows at once and goes to the address
// (and so to the service) once typing pauses for 300 ms; when the address changes from elsewhere
// (the navigation, a link, Back) the box follows it and a pending write is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';

const PAUSE_MS = 300;

export function useSearchText(value: (key: string) => string, update: (changes: Record<string, string | undefined>) => void, key = 'q') {
  const inAddress = value(key);
  const [text, setText] = useState(inAddress);
  const timer = useRef<number | undefined>(undefined);
  const updateRef = useRef(update);
  updateRef.current = update;

  useEffect(() => {
    window.clearTimeout(timer.current);
    setText((current) => (current.trim() === inAddress ? current : inAddress));
  }, [inAddress]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const type = useCallback(
    (next: string) => {
      setText(next);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => updateRef.current({ [key]: next.trim() || undefined }), PAUSE_MS);
    },
    [key],
  );

  return [text, type] as const;
}
