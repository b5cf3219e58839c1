"""Accounts: users, roles and sign-in."""
