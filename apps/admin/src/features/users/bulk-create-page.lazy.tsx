import { SkeletonText } from "@slotted/ui";
import { lazy, Suspense } from "react";
import type { BulkCreatePageProps } from "./bulk-create/bulk-create-page.tsx";

// The CSV parser (papaparse) and the row schemas load with this page only, never with the list.
const LazyBulkCreatePage = lazy(() => import("./bulk-create/bulk-create-page.tsx"));

export function BulkCreatePage(props: BulkCreatePageProps) {
  return (
    <Suspense
      fallback={
        <div role="status" aria-label="Loading the page" className="flex flex-col gap-4">
          <SkeletonText lines={6} />
        </div>
      }
    >
      <LazyBulkCreatePage {...props} />
    </Suspense>
  );
}
