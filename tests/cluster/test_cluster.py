"""Rendering on a real Dask LocalCluster with two worker processes (no mocks): the same frames
as a local render, a killed worker's scene finishes elsewhere, a worker with another version
of the project is refused, an unreachable scheduler fails fast."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest
from click.testing import CliRunner

from scripts.build.cluster import ClusterRenderer
from scripts.build.dependencies import inputs_key
from scripts.build.lecture_file import load_catalog
from scripts.build.render import Renderer
from scripts.cli.main import main
from scripts.defaults import QUALITIES

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "project"

# A real Dask cluster renders real videos of the fixture scenes.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as c:
        yield c.scheduler_address


@pytest.fixture
def root(tmp_path: Path) -> Path:
    path = tmp_path / "project"
    shutil.copytree(FIXTURE, path, ignore=shutil.ignore_patterns("__pycache__"))
    return path


class Recorder:
    def __init__(self) -> None:
        self.started: list[str] = []
        self.finished: list = []

    def start(self, jobs, up_to_date) -> None: ...  # noqa: ANN001
    def scene_started(self, job) -> None:  # noqa: ANN001
        self.started.append(job.scene.id)

    def scene_waiting(self, job, seconds, holder) -> None: ...  # noqa: ANN001
    def scene_progress(self, job, animations, frames=None, total=None) -> None: ...  # noqa: ANN001
    def scene_finished(self, outcome) -> None:  # noqa: ANN001
        self.finished.append(outcome)

    def close(self) -> None: ...


def _frames(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        return np.stack([f.to_ndarray(format="rgb24") for f in c.decode(video=0)])


def test_cluster_render_gives_the_same_frames_as_a_local_one(cluster: str, root: Path,
                                                             tmp_path: Path) -> None:
    scenes = load_catalog(root).select(["alpha", "beta"])
    remote = ClusterRenderer(root, tmp_path / "remote", QUALITIES["low"], False, cluster)
    local = Renderer(root, tmp_path / "local", QUALITIES["low"], jobs=2, force=False)
    try:
        outcomes = remote.execute(remote.plan(scenes)[0], Recorder())
    finally:
        remote.close()
    assert [o.status for o in outcomes] == ["rendered"] * len(scenes)
    assert all(o.worker and o.worker.startswith("tcp://") for o in outcomes)
    local.execute(local.plan(scenes)[0], Recorder())
    for s in scenes:
        a, b = _frames(remote.layout.video_path(s)), _frames(local.layout.video_path(s))
        assert a.shape == b.shape
        assert np.abs(a.astype(int) - b.astype(int)).max() <= 2
    # Recorded in the manifest like a local render: a second plan finds nothing to do.
    assert remote.plan(scenes)[0] == []
    assert not list((tmp_path / "remote" / ".staging").glob("*"))


def test_a_worker_killed_mid_scene_does_not_stop_the_run(cluster: str, root: Path,
                                                         tmp_path: Path) -> None:
    from distributed import Client

    scenes = load_catalog(root).select(["slow"])
    renderer = ClusterRenderer(root, tmp_path / "media", QUALITIES["low"], False, cluster)
    recorder = Recorder()
    renderer.connect()
    pids = Client(cluster, set_as_default=False).run(os.getpid)
    killed: list[str] = []

    def kill_the_first_worker_that_starts() -> None:
        deadline = time.monotonic() + 60
        while not recorder.started and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # well into the scene
        address = next(a for a in pids if a in _running_on(renderer))
        os.kill(pids[address], signal.SIGKILL)
        killed.append(address)

    killer = threading.Thread(target=kill_the_first_worker_that_starts)
    killer.start()
    try:
        outcomes = renderer.execute(renderer.plan(scenes)[0], recorder)
    finally:
        killer.join()
        renderer.close()
    assert killed, "no worker was killed"
    assert [o.status for o in outcomes] == ["rendered"]
    assert outcomes[0].worker != killed[0]  # finished on the other worker
    video = renderer.layout.video_path(scenes[0])
    # Complete: a 1 s animation then 40 holds of 0.5 s, each 7 whole frames at 15 fps.
    assert len(_frames(video)) == 15 + 40 * 7
    assert not list((tmp_path / "media" / ".staging").glob("*"))


def _running_on(renderer: ClusterRenderer) -> set[str]:
    """Addresses of workers currently processing a task."""
    assert renderer.client is not None
    processing = renderer.client.processing()
    return {w for w, keys in processing.items() if keys}


def test_a_worker_with_another_version_of_the_project_is_refused(cluster: str, root: Path,
                                                                 tmp_path: Path) -> None:
    scene = load_catalog(root).select(["alpha/DrawSquare"])
    renderer = ClusterRenderer(root, tmp_path / "media", QUALITIES["low"], False, cluster)
    (job,) = renderer.plan(scene)[0]
    changed = {**job.inputs, "files": {**job.inputs["files"],
                                       "fixture_scenes/alpha.py": "0" * 64}}
    job = dataclasses.replace(job, inputs=changed, key=inputs_key(changed))
    try:
        (outcome,) = renderer.execute([job], Recorder())
    finally:
        renderer.close()
    assert outcome.status == "failed"
    assert "differs from the client's" in outcome.error
    assert "fixture_scenes/alpha.py" in outcome.error
    assert not renderer.layout.video_path(scene[0]).exists()


def test_an_unreachable_scheduler_fails_fast_and_names_the_address(root: Path,
                                                                   tmp_path: Path) -> None:
    started = time.monotonic()
    result = CliRunner().invoke(main, ["--root", str(root), "--media-dir",
                                       str(tmp_path / "media"), "render", "alpha",
                                       "--scheduler", "tcp://127.0.0.1:9"])
    assert time.monotonic() - started < 15
    assert result.exit_code == 1
    assert "tcp://127.0.0.1:9" in result.output and "Nothing was rendered" in result.output
    assert not (tmp_path / "media" / "fixture" / "480p15" / "alpha").exists()
