"""Reminders and escalations: every deadline announced on time, exactly once, to the right people."""
