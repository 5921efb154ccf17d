"""The annotated sets stay well-formed: every gold file parses and points at real sentences."""

import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.parametrize("folder", ["devset", "heldout", "heldout2"])
def test_gold_files_are_consistent(folder):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_gold.py"), str(ROOT / "tests" / folder)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].endswith("0 errors, 0 warnings")
