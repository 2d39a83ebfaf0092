"""A parent's reply and what follows it: labelling, the dialogue's decision, carrying it out.

`replies` acts on an inbound text, a key press or a booking-page change; `reply_queue` is the
worker's side of REPLIES=queued; `status` moves a household's status (audited; closes open offers);
`booking_replies` is a reply that picks, cancels or moves a slot.

May import: models, db, clock, records, scripts, booking, attempts (schedule), channels.
Must not import: console, web, cli.
"""
