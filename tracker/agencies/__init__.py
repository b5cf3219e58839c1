"""Agencies: the tree of bodies that tasks are assigned to."""
