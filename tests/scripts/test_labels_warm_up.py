"""The reply readers are made ready when a process starts serving, not on the first reply:
compiling the rules' patterns takes about 1.5 s and loading the model 0.25 s, and the first
reply may be a parent speaking on a call."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

from assistant.cli import serve

ROOT = Path(__file__).resolve().parents[2]

COLD_THEN_WARM = """
from assistant.scripts import labels, labels_cosign, labels_model
assert labels._patterns.cache_info().currsize == 0 and labels_model._status is None
labels_cosign.warm_up_in_background().join(60)
assert labels._patterns.cache_info().currsize == 1
assert labels_model.reader_status().available
print("warm")
"""


def test_warming_up_in_the_background_compiles_the_rules_and_loads_the_model():
    # A process of its own: this one has compiled and loaded them already.
    done = subprocess.run([sys.executable, "-c", COLD_THEN_WARM], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "warm"


def test_run_worker_and_each_gunicorn_worker_start_the_warm_up(monkeypatch):
    started = []
    monkeypatch.setattr("assistant.scripts.labels_cosign.warm_up_in_background",
                        lambda: started.append("readers"))
    serve._warm_up_readers()
    hooks = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    hooks["post_worker_init"](worker=None)
    assert started == ["readers", "readers"]
    source = Path(serve.__file__).read_text()
    assert source.count("_warm_up_readers()") == 3  # defined once, called by run and worker
