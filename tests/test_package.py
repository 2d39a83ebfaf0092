"""The package ships what it needs: a wheel built from the repository, installed in a fresh
virtualenv away from the source tree, finds and compiles every template and static file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import sys, pathlib
import assistant
from assistant import create_app
here = pathlib.Path(assistant.__file__).resolve().parent
assert str(here).startswith(sys.argv[1]), here
app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "x" * 32,
                  "INSTANCE_PATH": sys.argv[2]})
names = app.jinja_env.list_templates()
for name in names:
    app.jinja_env.get_template(name)
static = sorted(p.relative_to(here / "static").as_posix()
                for p in (here / "static").rglob("*") if p.is_file())
print(len(names), len(static))
"""


@pytest.mark.slow
def test_a_wheel_installed_in_a_fresh_virtualenv_has_every_template(tmp_path):
    # Built from a clean copy: pip builds in the tree, and a stale build/ would hide a gap.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "instance", "node_modules", "__pycache__"))
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(wheels), str(source)], check=True, capture_output=True)
    wheel = next(wheels.glob("*.whl"))

    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(fresh),
                                                    "platbase": str(fresh)}))
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    # The dependencies come from this environment's site-packages; its .pth files (the
    # editable install pointing at the source tree) are not processed from a path line.
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")

    out = subprocess.run([str(fresh / "bin" / "python"), "-c", CHECK, str(site),
                          str(tmp_path / "instance")], cwd=tmp_path, check=True,
                         capture_output=True, text=True).stdout.split()
    templates = [p for p in (ROOT / "assistant" / "templates").rglob("*") if p.is_file()]
    static = [p for p in (ROOT / "assistant" / "static").rglob("*") if p.is_file()]
    assert out == [str(len(templates)), str(len(static))]
