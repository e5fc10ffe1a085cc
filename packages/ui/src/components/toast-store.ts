// A tiny external store so any code (a mutation's onError, a router hook) can raise a toast without
// a React context: `Toaster` subscribes with useSyncExternalStore.

export type ToastTone = "info" | "success" | "error";

export interface ToastOptions {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Milliseconds before it closes by itself; Radix pauses the timer on hover and focus. */
  duration?: number;
}

export interface ToastRecord {
  id: number;
  title: string;
  description: string | undefined;
  tone: ToastTone;
  duration: number | undefined;
}

// More than this at once is noise: the oldest make way.
const MAX_TOASTS = 4;

let toasts: readonly ToastRecord[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: readonly ToastRecord[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

/** Shows a toast; returns its id for `dismissToast`. */
export function toast({ title, description, tone = "info", duration }: ToastOptions): number {
  const id = nextId++;
  emit([...toasts, { id, title, description, tone, duration }].slice(-MAX_TOASTS));
  return id;
}

export function dismissToast(id: number): void {
  if (toasts.some((item) => item.id === id)) emit(toasts.filter((item) => item.id !== id));
}

export function clearToasts(): void {
  if (toasts.length > 0) emit([]);
}

export function subscribeToToasts(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function getToasts(): readonly ToastRecord[] {
  return toasts;
}

const toastApi = { toast, dismiss: dismissToast } as const;

/** Raise toasts from any component while a `Toaster` is mounted; no provider or context needed. */
export function useToast(): typeof toastApi {
  return toastApi;
}
