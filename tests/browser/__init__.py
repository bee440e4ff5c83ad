"""Real-browser journeys and accessibility checks (Playwright with Debian's chromium)."""
