"""Outbox: every message goes through the outbox; SMTP delivers it when a server is configured."""
