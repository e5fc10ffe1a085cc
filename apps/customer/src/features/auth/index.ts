export { SignInPage } from "./sign-in-page.tsx";
export { SignUpPage } from "./sign-up-page.tsx";
export { validateSignInSearch, type SignInSearch } from "./sign-in-search.ts";
export { requireSession, redirectIfSignedIn } from "./require-session.ts";
export { useSession, useSetSessionUser, sessionQueryOptions, sessionQueryKey, type SessionUser, type SessionState } from "./session.ts";
export { useSignOut } from "./use-sign-out.ts";
