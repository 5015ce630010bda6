"""Start one render worker process, follow it, and read its result: for the local pool and Dask.

A scene renders in its own process (``python -m scripts.build.worker SPEC.json``) so that a
crash, a hang or manim's global config never touches another scene. The process gets its own
session (Ctrl-C reaches only the parent, which stops it through ``cancel``), reports progress as
``@@progress N F`` lines (N animations played, F frames written; older workers print only N),
and writes a :class:`~scripts.build.contract.WorkerResult`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from scripts.build.contract import ENV_PARAMS, PROGRESS_PREFIX, Narration, WorkerResult, WorkerSpec

#: How often (seconds) a running worker is checked for a cancellation.
POLL_SECONDS = 0.25


class Cancel(Protocol):
    """``threading.Event`` locally, ``distributed.Event`` on a cluster."""

    def is_set(self) -> bool: ...


def worker_env(spec: WorkerSpec, narration: Narration) -> dict[str, str]:
    """This process's environment plus what the worker reads."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([spec.root, env.get("PYTHONPATH", "")]).strip(os.pathsep)
    env[ENV_PARAMS] = json.dumps(spec.params)
    env.update(narration.env())
    env["PYTHONUNBUFFERED"] = "1"
    env["COLUMNS"] = "200"  # manim's rich logger wraps at 80 columns in a pipe
    return env


def launch_worker(spec: WorkerSpec, narration: Narration, cancel: Cancel,
                  on_progress: Callable[[int, int | None, int | None], None],
                  on_line: Callable[[str], None], keep_fds: Sequence[int] = ()
                  ) -> WorkerResult:
    """Render ``spec`` in a worker process; return its result (cancelled if ``cancel`` is set
    while it runs, in which case the process is stopped first).

    ``on_progress`` receives the animation and frame counts as they grow, and the frames in
    all when the worker counted them (above low quality); ``on_line`` every
    other line the worker prints (its log). ``keep_fds`` are open files the worker inherits
    (the run's staging lock, so that the run counts as alive while its worker does).
    """
    Path(spec.staging).mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "scripts.build.worker", str(spec.write())],
        cwd=spec.staging, env=worker_env(spec, narration), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True,
        pass_fds=tuple(keep_fds),
    )

    last: list[str] = []  # the worker's last words, if it dies without a result

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() and not line.startswith(PROGRESS_PREFIX):
                last[:] = [line.strip()]
            if line.startswith(PROGRESS_PREFIX):
                counts = [int(n) for n in line[len(PROGRESS_PREFIX):].split()]
                on_progress(counts[0], counts[1] if len(counts) > 1 else None,
                            counts[2] if len(counts) > 2 else None)
            else:
                on_line(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    stopper = threading.Event()
    while proc.poll() is None:
        if cancel.is_set():
            proc.terminate()
            proc.wait()
            reader.join()
            return WorkerResult(ok=False, cancelled=True)
        stopper.wait(POLL_SECONDS)
    reader.join()
    try:
        return WorkerResult.read(spec.result_path)
    except (OSError, ValueError, TypeError):  # none, or cut short (a full disk)
        words = f" ({last[0]})" if last else ""
        return WorkerResult.failure(f"the render worker exited with status {proc.returncode} "
                                    f"without a result{words}")
