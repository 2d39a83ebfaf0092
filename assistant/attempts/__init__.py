"""The three attempts: when each is due, the re-check before it, claiming, sending and recording.

`rules` is the pathway's pure logic (which means next, when, what a provider's outcome means for
the household); it imports no Flask, no channel and no database session. The other modules carry
the rules out: `schedule` plans attempts, `recheck` re-reads a household right before an attempt,
`dispatch` claims due work (`claim`), sends it through a channel (`send`) and stores the results
(`record`, `outcomes`); `letter_batches`, `no_contact` and `invitations` are the letter batch, the
unreachable household's closing and the first text's wording.

May import: models, db, clock, records, channels (the Channel interface), booking links, scripts.
Must not import: conversation, console, web, cli.
"""
