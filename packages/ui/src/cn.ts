import { clsx, type ClassValue } from "clsx";

/** Joins class names, dropping falsy values. Components put the caller's `className` last. */
export function cn(...classes: ClassValue[]): string {
  return clsx(classes);
}
