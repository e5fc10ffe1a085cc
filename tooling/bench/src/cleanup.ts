// Everything a run leaves behind (child processes, temp dirs, the bench database) registers an
// undo here, so a failed scenario or Ctrl-C still cleans up.
type Undo = () => Promise<void> | void;

const undos: { label: string; undo: Undo }[] = [];

/** Registers an undo; the returned function runs it once, early, and unregisters it. */
export function onCleanup(label: string, undo: Undo): () => Promise<void> {
  const entry = { label, undo };
  undos.push(entry);
  return async () => {
    const index = undos.indexOf(entry);
    if (index === -1) return;
    undos.splice(index, 1);
    await entry.undo();
  };
}

/** Runs every outstanding undo, newest first; reports failures instead of throwing. */
export async function cleanupAll(): Promise<void> {
  while (undos.length > 0) {
    const entry = undos.pop();
    if (!entry) break;
    try {
      await entry.undo();
    } catch (error) {
      process.stderr.write(
        `cleanup of ${entry.label} failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }
}
