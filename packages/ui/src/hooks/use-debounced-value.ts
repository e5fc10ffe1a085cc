import { useEffect, useState } from "react";

/**
 * `value`, but only once it has stopped changing for `delayMs`: a search box can update on
 * every keystroke while the query it drives waits for a pause in typing.
 */
export function useDebouncedValue<Value>(value: Value, delayMs: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
