import { router } from "../../trpc.ts";
import { changePassword } from "./change-password.ts";
import { deleteAccount } from "./delete-account.ts";
import { exportData } from "./export-data.ts";
import { login } from "./login.ts";
import { logoutAll } from "./logout-all.ts";
import { logout } from "./logout.ts";
import { me } from "./me.ts";
import { register } from "./register.ts";
import { requestPasswordReset } from "./request-password-reset.ts";
import { resendVerification } from "./resend-verification.ts";
import { resetPassword } from "./reset-password.ts";
import { revokeSession } from "./revoke-session.ts";
import { sessions } from "./sessions.ts";
import { updateProfile } from "./update-profile.ts";
import { verifyEmail } from "./verify-email.ts";

export const authRouter = router({
  register,
  login,
  logout,
  logoutAll,
  me,
  sessions,
  revokeSession,
  changePassword,
  updateProfile,
  requestPasswordReset,
  resetPassword,
  verifyEmail,
  resendVerification,
  exportData,
  deleteAccount,
});
