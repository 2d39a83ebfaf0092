"""What the service keeps and reports: SNOMED codes, the audit trail, counts and exports.

May import: models, db, clock. Must not import: attempts, conversation, channels, console, web.
"""
