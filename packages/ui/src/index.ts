// One way in. Every export is a plain function or constant, so apps keep only what they use.
export { cn } from "./cn.ts";
export { useDebouncedValue } from "./hooks/use-debounced-value.ts";
export { useNow } from "./hooks/use-now.ts";

export { Badge, badgeVariants, type BadgeProps, type BadgeTone } from "./components/badge.tsx";
export { Banner, type BannerProps, type BannerTone } from "./components/banner.tsx";
export { Button, buttonVariants, type ButtonProps, type ButtonSize, type ButtonVariant } from "./components/button.tsx";
export { Card, CardContent, CardFooter, CardHeader, CardTitle, type CardTitleProps } from "./components/card.tsx";
export { ConfirmDialog, type ConfirmDialogProps } from "./components/confirm-dialog.tsx";
export {
  CountdownBanner,
  countdownUrgency,
  type CountdownBannerProps,
  type CountdownUrgency,
} from "./components/countdown-banner.tsx";
export {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
  type DialogCloseProps,
  type DialogContentProps,
  type DialogProps,
  type DialogTriggerProps,
} from "./components/dialog.tsx";
export { EmptyState, type EmptyStateProps } from "./components/empty-state.tsx";
export { ErrorPage, type ErrorPageProps } from "./components/error-page.tsx";
export { Field, type FieldControlProps, type FieldProps } from "./components/field.tsx";
export { Input, type InputProps } from "./components/input.tsx";
export { Meter, meterTone, type MeterProps, type MeterThresholds, type MeterTone } from "./components/meter.tsx";
export { Pagination, type PaginationProps } from "./components/pagination.tsx";
export { paginationRange, type PageItem } from "./components/pagination-range.ts";
export { RequestIdNote, type RequestIdNoteProps } from "./components/request-id-note.tsx";
export { Select, type SelectProps } from "./components/select.tsx";
export {
  Sheet,
  SheetClose,
  SheetContent,
  SheetTrigger,
  type SheetCloseProps,
  type SheetContentProps,
  type SheetProps,
  type SheetTriggerProps,
} from "./components/sheet.tsx";
export { Skeleton, SkeletonText, type SkeletonProps, type SkeletonTextProps } from "./components/skeleton.tsx";
export { Spinner, type SpinnerProps } from "./components/spinner.tsx";
export { StatCard, StatList, type StatCardProps, type StatListProps } from "./components/stat-card.tsx";
export {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  type TableProps,
} from "./components/table.tsx";
export { TableSkeleton, type TableSkeletonProps } from "./components/table-skeleton.tsx";
export { Tabs, TabsContent, TabsList, TabsTrigger, type TabsProps } from "./components/tabs.tsx";
export { Textarea, type TextareaProps } from "./components/textarea.tsx";
export { Toaster, type ToasterProps } from "./components/toaster.tsx";
export {
  dismissToast,
  toast,
  useToast,
  type ToastOptions,
  type ToastTone,
} from "./components/toast-store.ts";
export { VisuallyHidden, type VisuallyHiddenProps } from "./components/visually-hidden.tsx";
