import { ChevronLeft, ChevronRight } from "lucide-react";
import { cn } from "../cn.ts";
import { buttonVariants } from "./button.tsx";
import { paginationRange } from "./pagination-range.ts";

export interface PaginationProps {
  /** 1-based. */
  page: number;
  totalPages: number;
  onPageChange: (page: number) => void;
  /** Names the navigation landmark; use distinct labels when a page has more than one. */
  label?: string;
  className?: string;
}

/**
 * Previous / numbered pages / next in a labelled `<nav>`. Renders nothing for a single page.
 * On narrow screens the numbers collapse to "Page 3 of 10" between the arrows.
 */
export function Pagination({ page, totalPages, onPageChange, label = "Pagination", className }: PaginationProps) {
  if (totalPages <= 1) return null;
  const current = Math.min(Math.max(page, 1), totalPages);
  const ghost = buttonVariants({ variant: "ghost", size: "sm" });
  const currentPage = buttonVariants({ variant: "primary", size: "sm" });
  const goTo = (target: number) => {
    if (target !== current && target >= 1 && target <= totalPages) onPageChange(target);
  };

  return (
    <nav aria-label={label} className={cn("flex justify-center", className)}>
      <ul className="m-0 flex list-none items-center gap-1 p-0">
        <li>
          <button
            type="button"
            className={ghost}
            aria-label="Previous page"
            disabled={current <= 1}
            onClick={() => goTo(current - 1)}
          >
            <ChevronLeft aria-hidden="true" />
            <span className="hidden sm:inline">Previous</span>
          </button>
        </li>
        {paginationRange(current, totalPages).map((item) =>
          typeof item === "number" ? (
            <li key={item} className="hidden sm:block">
              <button
                type="button"
                className={cn(item === current ? currentPage : ghost, "min-w-8")}
                aria-label={`Page ${item}`}
                aria-current={item === current ? "page" : undefined}
                onClick={() => goTo(item)}
              >
                {item}
              </button>
            </li>
          ) : (
            <li key={item} aria-hidden="true" className="hidden px-1 text-muted-foreground sm:block">
              …
            </li>
          ),
        )}
        <li className="px-2 text-sm text-muted-foreground sm:hidden">
          Page {current} of {totalPages}
        </li>
        <li>
          <button
            type="button"
            className={ghost}
            aria-label="Next page"
            disabled={current >= totalPages}
            onClick={() => goTo(current + 1)}
          >
            <span className="hidden sm:inline">Next</span>
            <ChevronRight aria-hidden="true" />
          </button>
        </li>
      </ul>
    </nav>
  );
}
