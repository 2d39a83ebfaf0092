"""The hazard log names tests that exist, so a control's evidence cannot silently vanish."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_test_the_hazard_log_names_exists():
    log = (ROOT / "docs" / "hazard-log.md").read_text()
    defined = {m for path in (ROOT / "tests").rglob("test_*.py")
               for m in re.findall(r"^\s*(?:async )?def (test_\w+)", path.read_text(), re.M)}
    files = set(re.findall(r"`(tests/[\w/]+\.py)", log))
    names = set(re.findall(r"\b(test_\w+)\b", log)) - {Path(f).stem for f in files}
    assert [f for f in sorted(files) if not (ROOT / f).exists()] == []
    assert sorted(names - defined) == []
