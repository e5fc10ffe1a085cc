import { describe, expect, it } from "vitest";
import type { BookingFacts, MailContext, MailSpec, RenderedMail } from "./mail-spec.ts";
import { renderMail } from "./render-mail.ts";

const context: MailContext = { venueName: "The Corner Bistro", timezone: "Europe/London", linkOrigin: "https://slotted.example.com" };

const booking: BookingFacts = {
  id: "7d6c1f0e-1111-4a2b-9c3d-000000000001",
  reference: "SLT-ABC123",
  date: "2026-12-04",
  time: "19:30",
  durationMinutes: 90,
  partySize: 2,
  contactName: "Jane Doe",
  status: "CONFIRMED",
};

const moment = "Friday 4 December 2026 at 19:30";
const bookingUrl = `https://slotted.example.com/bookings/${booking.id}`;
const bookingsUrl = "https://slotted.example.com/bookings";
const to = "jane.doe@example.com";

/** Every part a reader might see: the subject, the HTML and the plain text. */
const parts = (mail: RenderedMail) => [mail.html, mail.text];

function expectBookingFacts(mail: RenderedMail) {
  expect(mail.subject).toContain("The Corner Bistro");
  expect(mail.subject).toContain("SLT-ABC123");
  for (const part of parts(mail)) {
    expect(part).toContain("The Corner Bistro");
    expect(part).toContain("SLT-ABC123");
    expect(part).toContain(`${moment} (Europe/London)`);
    expect(part).toContain("1 h 30 min");
    expect(part).toContain("2 guests");
    expect(part).toContain("Jane Doe");
    expect(part).toContain(bookingsUrl);
  }
}

describe("renderMail, booking mails", () => {
  it("booking-received, pending: the venue will confirm", async () => {
    const mail = await renderMail({ template: "booking-received", to, booking: { ...booking, status: "PENDING" } }, context);
    expect(mail.subject).toBe("Booking SLT-ABC123 received — The Corner Bistro");
    expectBookingFacts(mail);
    for (const part of parts(mail)) {
      expect(part).toContain("will confirm your booking");
      expect(part).toContain(bookingUrl);
    }
    expect(mail.html).toContain(`href="${bookingUrl}"`);
    expect(mail.text).toContain(`View your booking ${bookingUrl}`);
  });

  it("booking-received, auto-confirmed: it is confirmed already", async () => {
    const mail = await renderMail({ template: "booking-received", to, booking }, context);
    expect(mail.subject).toBe("Booking SLT-ABC123 confirmed — The Corner Bistro");
    expectBookingFacts(mail);
    expect(mail.text).toContain("Your booking is confirmed");
    expect(mail.text).not.toContain("will confirm");
  });

  it("booking-confirmed", async () => {
    const mail = await renderMail({ template: "booking-confirmed", to, booking }, context);
    expect(mail.subject).toBe("Booking SLT-ABC123 confirmed — The Corner Bistro");
    expectBookingFacts(mail);
    expect(mail.text).toContain("The Corner Bistro has confirmed your booking");
    expect(mail.html).toContain(`href="${bookingUrl}"`);
  });

  it("booking-cancelled by the venue shows the reason and offers to book again", async () => {
    const spec: MailSpec = { template: "booking-cancelled", to, booking: { ...booking, status: "CANCELLED" }, reason: "Kitchen closed for repairs", byVenue: true };
    const mail = await renderMail(spec, context);
    expect(mail.subject).toBe("Booking SLT-ABC123 cancelled — The Corner Bistro");
    expectBookingFacts(mail);
    for (const part of parts(mail)) {
      expect(part).toContain("The Corner Bistro has had to cancel your booking");
      expect(part).toContain("Reason: Kitchen closed for repairs");
    }
    expect(mail.html).toContain('href="https://slotted.example.com/book"');
    expect(mail.text).toContain("Book again https://slotted.example.com/book");
  });

  it("booking-cancelled by the customer, without a reason, says neither", async () => {
    const spec: MailSpec = { template: "booking-cancelled", to, booking: { ...booking, status: "CANCELLED" }, reason: null, byVenue: false };
    const mail = await renderMail(spec, context);
    expectBookingFacts(mail);
    expect(mail.text).toContain("has been cancelled, as you asked");
    expect(mail.text).not.toContain("Reason:");
    expect(mail.text).not.toContain("had to cancel");
  });

  it("booking-rescheduled shows the old and the new date and time", async () => {
    const spec: MailSpec = { template: "booking-rescheduled", to, booking, previous: { date: "2026-12-03", time: "18:00" } };
    const mail = await renderMail(spec, context);
    expect(mail.subject).toBe("Booking SLT-ABC123 moved — The Corner Bistro");
    expectBookingFacts(mail);
    for (const part of parts(mail)) {
      expect(part).toContain("Thursday 3 December 2026 at 18:00 (Europe/London)");
    }
    expect(mail.text).toContain("Was: Thursday 3 December 2026 at 18:00 (Europe/London)");
    expect(mail.text).toContain(`Now: ${moment} (Europe/London)`);
    expect(mail.html).toContain(`href="${bookingUrl}"`);
  });

  it("booking-reminder: see you tomorrow", async () => {
    const mail = await renderMail({ template: "booking-reminder", to, booking }, context);
    expect(mail.subject).toBe("Reminder: booking SLT-ABC123 tomorrow at 19:30 — The Corner Bistro");
    expectBookingFacts(mail);
    for (const part of parts(mail)) expect(part).toContain("See you tomorrow");
    expect(mail.html).toContain(`href="${bookingUrl}"`);
  });

  it("writes one guest in the singular and whole hours as hours", async () => {
    const mail = await renderMail({ template: "booking-confirmed", to, booking: { ...booking, partySize: 1, durationMinutes: 120 } }, context);
    expect(mail.text).toContain("Party size: 1 guest\n");
    expect(mail.text).toContain("Duration: 2 hours");
  });

  it("builds links from an origin given with a trailing slash without doubling it", async () => {
    const mail = await renderMail({ template: "booking-confirmed", to, booking }, { ...context, linkOrigin: "https://slotted.example.com/" });
    expect(mail.html).toContain(`href="${bookingUrl}"`);
    expect(mail.html).not.toContain("example.com//");
  });

  it("escapes what customers typed into the HTML", async () => {
    const mail = await renderMail({ template: "booking-confirmed", to, booking: { ...booking, contactName: "<script>x</script>" } }, context);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });

  it("keeps the calendar day whatever the venue's zone (no offset shift)", async () => {
    const late = { ...booking, date: "2026-03-29", time: "00:30" };
    const mail = await renderMail({ template: "booking-confirmed", to, booking: late }, { ...context, timezone: "Pacific/Auckland" });
    expect(mail.text).toContain("Sunday 29 March 2026 at 00:30 (Pacific/Auckland)");
  });
});

describe("renderMail, account mails", () => {
  it("password-reset carries the link and how long it stays valid", async () => {
    const resetUrl = "https://slotted.example.com/reset-password?token=abc123XYZ";
    const mail = await renderMail({ template: "password-reset", to, name: "Jane", resetUrl, expiresInMinutes: 60 }, context);
    expect(mail.subject).toBe("Reset your password — The Corner Bistro");
    expect(mail.html).toContain(`href="${resetUrl}"`);
    for (const part of parts(mail)) {
      expect(part).toContain("The Corner Bistro");
      expect(part).toContain(resetUrl);
      expect(part).toContain("valid for 60 minutes");
      expect(part).toContain("your password is unchanged");
    }
  });

  it("verify-email carries the link", async () => {
    const verifyUrl = "https://slotted.example.com/verify-email?token=def456";
    const mail = await renderMail({ template: "verify-email", to, name: "Jane", verifyUrl }, context);
    expect(mail.subject).toBe("Confirm your email address — The Corner Bistro");
    expect(mail.html).toContain(`href="${verifyUrl}"`);
    for (const part of parts(mail)) {
      expect(part).toContain("The Corner Bistro");
      expect(part).toContain(verifyUrl);
      expect(part).toContain("Hello Jane,");
    }
  });

  it("never puts the recipient's address in the mail it renders", async () => {
    const mail = await renderMail({ template: "verify-email", to, name: "Jane", verifyUrl: "https://slotted.example.com/v" }, context);
    expect(mail.html + mail.text + mail.subject).not.toContain(to);
  });
});
