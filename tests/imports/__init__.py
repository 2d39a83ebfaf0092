"""CSV imports, households and the demo."""
