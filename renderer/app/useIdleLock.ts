// Locks the session after the configured minutes without mouse or keyboard activity. While
// the person is active, an occasional auth.me keeps the service's session alive too (the
// service locks idle sessions on its own; the two clocks must agree).
import { useEffect, useRef } from 'react';
import { api } from '../api/client.ts';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** minutes null: not watching (the window is locked already). */
export function useIdleLock(minutes: number | null, onIdle: (minutes: number) => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (minutes === null) return;
    const limitMs = minutes * 60_000;
    const pingEveryMs = Math.min(60_000, Math.max(10_000, limitMs / 3));
    let lastActivity = Date.now();
    let lastPing = Date.now();
    let fired = false;

    const onActivity = () => {
      const now = Date.now();
      lastActivity = now;
      if (now - lastPing >= pingEveryMs) {
        lastPing = now;
        api.call('auth.me', {}).catch(() => undefined);
      }
    };
    const timer = window.setInterval(() => {
      if (!fired && Date.now() - lastActivity >= limitMs) {
        fired = true;
        onIdleRef.current(minutes);
      }
    }, 5_000);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [minutes]);
}
