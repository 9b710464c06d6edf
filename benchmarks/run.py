"""Run KIM Desktop's benchmarks and compare every figure with its target.

    python benchmarks/run.py            run all benchmarks
    python benchmarks/run.py NAME ...   run the named benchmarks
    python benchmarks/run.py --list     list the benchmark names

Benchmarks live in ``benchmarks/bench_*.py``, each with a ``BENCHMARKS`` dict (name ->
function returning ``Figure``s). Exit code 0 even if a target is missed (the lines say
``MISSED``); 2 for an unknown benchmark name.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.common import Benchmark  # noqa: E402


def discover() -> dict[str, Benchmark]:
    """Every benchmark of every ``benchmarks/bench_*.py`` module, by name."""
    found: dict[str, Benchmark] = {}
    package_dir = Path(__file__).resolve().parent
    for module_info in sorted(pkgutil.iter_modules([str(package_dir)]), key=lambda m: m.name):
        if not module_info.name.startswith("bench_"):
            continue
        module = importlib.import_module(f"benchmarks.{module_info.name}")
        for name, function in getattr(module, "BENCHMARKS", {}).items():
            if name in found:
                raise SystemExit(f"benchmark {name!r} is defined twice ({module_info.name})")
            found[name] = function
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if any(arg in ("-h", "--help") for arg in args):
        print(__doc__.strip())
        return 0
    benchmarks = discover()
    if "--list" in args:
        for name in benchmarks:
            print(name)
        return 0
    unknown = [name for name in args if name not in benchmarks]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)}", file=sys.stderr)
        print(f"known: {', '.join(benchmarks) or '(none)'}", file=sys.stderr)
        return 2
    for name in args or list(benchmarks):
        for figure in benchmarks[name]():
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
