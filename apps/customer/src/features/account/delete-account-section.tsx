import { Button, Dialog, DialogContent } from "@slotted/ui";
import { useState } from "react";
import { DeleteAccountForm } from "./delete-account-form.tsx";

/** What deleting does, said before anyone clicks; the dialog asks for the password. */
export function DeleteAccountSection({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-foreground">
        <li>You are signed out on every device, and can't sign in with this account again.</li>
        <li>Bookings still ahead are cancelled, and we email you each cancellation.</li>
        <li>Your name, email, phone number and requests are erased from every booking, and your feedback comments are removed.</li>
        <li>
          The venue keeps past visits without your details (date, party size, rating), for its own records. You can register again with the same
          email.
        </li>
      </ul>
      <p className="text-sm text-muted-foreground">Want a copy first? Download your data above before you delete.</p>
      <div>
        <Button type="button" variant="destructive" onClick={() => setOpen(true)}>
          Delete my account…
        </Button>
      </div>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent title="Delete your account?" description="This can't be undone. Enter your password to confirm.">
          <DeleteAccountForm email={email} onCancel={() => setOpen(false)} />
        </DialogContent>
      </Dialog>
    </div>
  );
}
