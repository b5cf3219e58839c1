"""Tasks: one assignment from one clause, its occurrences and their progress."""
