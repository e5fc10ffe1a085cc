/** A new customer for one run: unique email, a password the policy accepts. */
export function newCustomer(tag: string) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `Ada ${tag}`,
    email: `ada-${tag}-${id}@example.com`,
    password: `lantern-orbit-${id}`,
    phone: "07911 123456",
  };
}
