// Keyboard jumps through the substantive changes: "n"/"j" next, "p"/"k" previous (as in
// mail and code-review tools), plus the buttons in the jump list. Focus moves to the
// change itself, so a screen reader reads it and Tab continues from there.
import { useEffect, useState } from 'preact/hooks';
import { step, type JumpTarget } from './jumpTargets';

export interface Jumps {
  current: number;
  goTo(index: number): void;
  next(): void;
  previous(): void;
}

/** The id of the element a target jumps to; undefined when the page has no place for it. */
export function targetId(target: JumpTarget): string | undefined {
  return target.at === undefined ? undefined : target.at === 'headline' ? 'change-headline' : `row-${target.at}`;
}

const NEXT = new Set(['n', 'j']);
const PREVIOUS = new Set(['p', 'k']);

function typingInto(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName));
}

export function useJumps(targets: JumpTarget[]): Jumps {
  const [current, setCurrent] = useState(-1);
  const goTo = (index: number) => {
    if (index < 0 || index >= targets.length) return;
    setCurrent(index);
    const id = targetId(targets[index]);
    const el = id ? document.getElementById(id) : null;
    el?.focus();
    el?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  };
  const jumps: Jumps = {
    current,
    goTo,
    next: () => goTo(step(targets.length, current, 1)),
    previous: () => goTo(step(targets.length, current, -1)),
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typingInto(e.target)) return;
      if (NEXT.has(e.key)) jumps.next();
      else if (PREVIOUS.has(e.key)) jumps.previous();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // A change focused by Tab or a click becomes the current one, so "next" goes on from it.
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const id = (e.target as HTMLElement | null)?.id;
      const index = id ? targets.findIndex((t) => targetId(t) === id) : -1;
      if (index >= 0 && index !== current) setCurrent(index);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  });

  return jumps;
}
