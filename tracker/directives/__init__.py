"""Directives: the documents that assign work."""
