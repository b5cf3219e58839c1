"""Directive import: read a document, draft its metadata and tasks, let an officer review them."""
