import { router } from "../../trpc.ts";
import { changePassword } from "./change-password.ts";
import { login } from "./login.ts";
import { logoutAll } from "./logout-all.ts";
import { logout } from "./logout.ts";
import { me } from "./me.ts";
import { register } from "./register.ts";
import { revokeSession } from "./revoke-session.ts";
import { sessions } from "./sessions.ts";
import { updateProfile } from "./update-profile.ts";

export const authRouter = router({ register, login, logout, logoutAll, me, sessions, revokeSession, changePassword, updateProfile });
