"""The client file window: master data, cases, timeline, consents and audit trail."""
