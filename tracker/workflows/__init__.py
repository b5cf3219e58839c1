"""Workflows between agencies and the provincial office: completion, extension, reassignment."""
