"""The consultation quick entry, the referral rows and the "Beratungen" area."""
