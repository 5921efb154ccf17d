"""The annotated sets stay well-formed: every gold file parses and points at real sentences."""

import subprocess
import sys

import pytest

from conftest import ROOT


# heldout3 to heldout6 leave some cue words unannotated on purpose (permission "may", the month
# "May", a past refusal "would not"...); their READMEs list each one.
@pytest.mark.parametrize("folder, warnings", [("devset", 0), ("heldout", 0), ("heldout2", 0), ("heldout3", 7),
                                               ("heldout4", 1), ("heldout5", 2), ("heldout6", 2),
                                               ("heldout7", 0), ("heldout8", 0), ("heldout9", 0), ("heldout10", 0),
                                               ("heldout11", 0), ("heldout12", 0), ("heldout13", 0),
                                               ("heldout14", 0), ("heldout15", 0), ("heldout16", 0),
                                               ("heldout17", 0), ("heldout18", 0), ("heldout19", 0),
                                               ("heldout20", 0), ("heldout21", 0), ("heldout22", 0)])
def test_gold_files_are_consistent(folder, warnings):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_gold.py"), str(ROOT / "tests" / folder)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].endswith(f"0 errors, {warnings} warnings")
