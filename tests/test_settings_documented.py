"""Every setting read from the environment is documented in .env.example (as datasette does)."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READERS = {"env", "env_bool", "env_int", "env_list"}


def environment_reads(path):
    """Names read through env()/env_bool()/… or os.environ / os.getenv in a module."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            dotted = ast.unparse(func)
            if name in READERS or dotted in {"os.getenv", "os.environ.get"}:
                names.add(node.args[0].value)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
            if isinstance(node.slice, ast.Constant):
                names.add(node.slice.value)
    return names


def documented():
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))


def test_every_environment_setting_is_in_env_example():
    read = environment_reads(ROOT / "newsroom" / "settings.py")
    read.discard("DJANGO_SETTINGS_MODULE")

    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"} <= read, "the reader found too little: is it broken?"
    assert sorted(read - documented()) == []


def test_env_example_documents_nothing_that_is_not_read():
    read = environment_reads(ROOT / "newsroom" / "settings.py")
    # bin/run reads .env too, for its own options (HOST, PORT, DEMO_PASSWORD).
    run_script = (ROOT / "bin" / "run").read_text(encoding="utf-8")
    stale = [name for name in documented() - read if not re.search(r"\$\{?" + name + r"\b", run_script)]
    assert stale == []
