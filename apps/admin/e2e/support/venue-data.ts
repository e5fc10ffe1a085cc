/**
 * What the console journey works on, made through the public REST API the way customers make
 * it (the same in both database modes; embedded mode's demo seed is not relied on): a customer
 * with a PENDING booking tomorrow, and a second customer for the admin to deactivate.
 */
export interface VenueData {
  booker: { email: string; name: string; password: string };
  booking: { id: string; reference: string; date: string };
  leaver: { email: string; name: string };
}

const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function call<Output>(baseUrl: string, path: string, body: unknown, token?: string): Promise<Output> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${text}`);
  return JSON.parse(text) as Output;
}

async function register(baseUrl: string, name: string): Promise<{ email: string; name: string; password: string; token: string }> {
  const id = run();
  const email = `${name.toLowerCase().replace(/\s+/g, "-")}-${id}@example.com`;
  const password = `quartz-harbour-${id}`;
  const { token } = await call<{ token: string }>(baseUrl, "/auth/register", { email, name, password });
  return { email, name, password, token };
}

export async function createVenueData(baseUrl: string): Promise<VenueData> {
  const booker = await register(baseUrl, "Mary Seacole");
  const leaver = await register(baseUrl, "Leaving Soon");
  const venue = await (await fetch(`${baseUrl}/api/v1/bookings/venue`)).json() as { today: string };
  const tomorrow = new Date(`${venue.today}T12:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  const date = tomorrow.toISOString().slice(0, 10);
  const booking = await call<{ id: string; reference: string; status: string }>(
    baseUrl,
    "/bookings",
    { date, time: "19:00", partySize: 4, contactPhone: "+447911123456" },
    booker.token,
  );
  if (booking.status !== "PENDING") throw new Error(`expected a PENDING booking, got ${booking.status}`);
  return {
    booker: { email: booker.email, name: booker.name, password: booker.password },
    booking: { id: booking.id, reference: booking.reference, date },
    leaver: { email: leaver.email, name: leaver.name },
  };
}
