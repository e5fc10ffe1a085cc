export { ForgotPasswordPage } from "./forgot-password-page.tsx";
export { ResetPasswordPage } from "./reset-password-page.tsx";
export { SignedInLayout } from "./signed-in-layout.tsx";
export { SignInPage } from "./sign-in-page.tsx";
export { SignUpPage } from "./sign-up-page.tsx";
export { validateAccountTokenSearch } from "./account-token-search.ts";
export { VerifyEmailNotice } from "./verify-email-notice.tsx";
export { VerifyEmailPage } from "./verify-email-page.tsx";
