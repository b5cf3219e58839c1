"""Dashboard: what the signed-in user should look at first."""
