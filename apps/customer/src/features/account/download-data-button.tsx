import { ErrorNotice } from "@slotted/app-shell";
import { useTRPCClient } from "@slotted/client";
import { Button } from "@slotted/ui";
import { useMutation } from "@tanstack/react-query";
import { exportFileName, saveJsonFile } from "./save-json-file.ts";

/** Fetches everything held about the account (auth.exportData) and saves it as one JSON file. */
export function DownloadDataButton() {
  const client = useTRPCClient();
  // A mutation, not a cached query: each click asks for a fresh export and nothing stays in memory.
  const download = useMutation({
    mutationFn: async () => {
      const exported = await client.auth.exportData.query();
      const fileName = exportFileName(exported.exportedAt);
      saveJsonFile(exported, fileName);
      return fileName;
    },
  });

  return (
    <div className="flex flex-col gap-3">
      <div>
        <Button type="button" variant="secondary" loading={download.isPending} onClick={() => download.mutate()}>
          Download my data
        </Button>
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        {download.isPending ? "Preparing your data…" : download.isSuccess ? `Downloaded as ${download.data}.` : ""}
      </p>
      {download.error ? <ErrorNotice error={download.error} title="We couldn't prepare your data" onRetry={() => download.mutate()} /> : null}
    </div>
  );
}
