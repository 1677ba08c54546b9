"""`portal worker --ray HEAD:PORT [--num-cpus N]` runs this installation's `ray start` joining the
cluster, in the foreground; a bad address or CPU count is refused in one Chinese line, nothing run."""
import subprocess

import pytest

from portal.cli import main
from portal.jobs import ray_node


@pytest.fixture
def started(monkeypatch, tmp_path):
    calls = []
    fake = tmp_path / "ray"
    monkeypatch.setattr(ray_node, "ray_executable", lambda: fake)
    monkeypatch.setattr(ray_node.subprocess, "call", lambda argv, cwd: calls.append(argv) or 0)
    return calls, fake


def test_the_command_runs_ray_start_against_the_head_with_the_cpus_given(started, capsys):
    calls, fake = started
    assert main(["worker", "--ray", "10.0.0.5:6379", "--num-cpus", "3"]) == 0
    assert calls == [[str(fake), "start", "--address=10.0.0.5:6379", "--num-cpus=3", "--block",
                      "--disable-usage-stats"]]
    assert capsys.readouterr().out.strip() == "本机已退出 Ray 集群 10.0.0.5:6379"


def test_without_num_cpus_every_core_joins(started, monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert main(["worker", "--ray", "head.bureau.local:6379"]) == 0
    assert started[0][0][3] == "--num-cpus=8"


@pytest.mark.parametrize("argv", [["--ray", "10.0.0.5"], ["--ray", "10.0.0.5:99999"], ["--ray", "a b:1"],
                                  ["--ray", "10.0.0.5:6379", "--num-cpus", "0"]])
def test_a_bad_address_or_cpu_count_is_refused_in_one_line_and_nothing_runs(started, capsys, argv):
    assert main(["worker", *argv]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and ("Ray 地址格式" in err or "--num-cpus" in err)
    assert started[0] == []


def test_without_ray_installed_the_command_says_how_to_install_it(monkeypatch, capsys):
    monkeypatch.setattr(ray_node, "ray_executable", lambda: None)
    assert main(["worker", "--ray", "10.0.0.5:6379"]) != 0
    assert "pip install -e '.[cluster]'" in capsys.readouterr().err


@pytest.mark.slow
def test_every_flag_the_command_passes_is_one_ray_start_accepts():
    ray = ray_node.ray_executable()
    if ray is None:
        pytest.skip("ray not installed")
    usage = subprocess.run([str(ray), "start", "--help"], capture_output=True, text=True, timeout=120).stdout
    for flag in ray_node.start_argv(ray, "h:1", 1)[2:]:
        assert f"  {flag.split('=')[0]} " in usage
