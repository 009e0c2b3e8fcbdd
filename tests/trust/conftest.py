import sys
from pathlib import Path

# The trust tests share a small helpers module beside them.
sys.path.insert(0, str(Path(__file__).resolve().parent))
