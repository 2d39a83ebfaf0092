"""Fixtures for the console's tests."""

from tests.console.action_helpers import clock_stopped, held  # noqa: F401 - fixtures
