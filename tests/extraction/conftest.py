import sys
from pathlib import Path

# extraction_helpers and extraction_noise sit beside the tests; make them importable whatever the rootdir.
sys.path.insert(0, str(Path(__file__).resolve().parent))
