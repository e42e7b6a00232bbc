// Alarms: the only timer that survives the MV3 worker being stopped.
import { ext } from './browser';

/** Creates or updates a repeating alarm (no-op when it already repeats at that period). */
export async function ensureAlarm(name: string, periodMinutes: number): Promise<void> {
  const current = await ext().alarms.get(name);
  if (current?.periodInMinutes === periodMinutes) return;
  await ext().alarms.clear(name);
  ext().alarms.create(name, { periodInMinutes: periodMinutes, delayInMinutes: Math.min(1, periodMinutes) });
}

export async function clearAlarm(name: string): Promise<void> {
  await ext().alarms.clear(name);
}

/** Registers at the worker's top level, so an alarm that wakes the worker finds it. */
export function onAlarm(name: string, cb: () => void): void {
  ext().alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) cb();
  });
}
