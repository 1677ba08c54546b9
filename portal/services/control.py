"""The portal's control socket: the command line, while a portal holds the database, sends its
command here and prints what comes back. An AF_UNIX socket under PORTAL_HOME, mode 0600, answering
only peers of the portal's own user; no network listener. The command runs in the portal process
through the command line's own code (`portal.cli.run_forwarded`, looked up by name at request time:
the command line sits above the services), with its output captured per thread."""
from __future__ import annotations

import atexit
import importlib
import json
import os
import socket
import struct
import threading
from pathlib import Path

from portal.services import output

SOCKET = "portal.sock"
_servers: dict[str, threading.Thread] = {}
_commands: set[threading.Thread] = set()  # forwarded commands running now, waited for at process exit


def socket_path(home) -> Path:
    return Path(home) / SOCKET


def _send(conn, message: dict) -> None:
    data = json.dumps(message, ensure_ascii=False).encode()
    conn.sendall(struct.pack("!I", len(data)) + data)


def _recv(conn) -> dict | None:
    head = _exactly(conn, 4)
    if head is None:
        return None
    body = _exactly(conn, struct.unpack("!I", head)[0])
    return None if body is None else json.loads(body)


def _exactly(conn, n: int) -> bytes | None:
    buf = b""
    while len(buf) < n:
        chunk = conn.recv(min(n - len(buf), 1 << 20))
        if not chunk:
            return None
        buf += chunk
    return buf


def _peer_uid(conn) -> int:
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


def _handle(conn) -> None:
    with conn:
        if _peer_uid(conn) != os.getuid():
            return
        request = _recv(conn)
        if not request:
            return
        run = importlib.import_module("portal.cli").run_forwarded
        out, err, status = run(request.get("argv") or [], request.get("overrides") or {})
        _send(conn, {"stdout": out, "stderr": err, "status": status})


def _serve(server) -> None:
    while True:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        thread = threading.Thread(target=_handle_tracked, args=(conn,), name="control-command", daemon=True)
        _commands.add(thread)
        thread.start()


def _handle_tracked(conn) -> None:
    try:
        _handle(conn)
    finally:
        _commands.discard(threading.current_thread())


def _wait_for_commands() -> None:
    """At process exit: let forwarded commands finish. A daemon thread still inside DuckDB when the
    interpreter finalises is unwound through DuckDB's C++ and aborts the process."""
    for thread in list(_commands):
        thread.join(60)


def serve(home) -> Path | None:
    """Start answering on PORTAL_HOME/portal.sock (once per home); None when another portal answers there."""
    path = socket_path(home)
    if str(path) in _servers:
        return path
    if answering(path):
        return None
    path.unlink(missing_ok=True)  # left by a portal that was killed
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)
    try:
        server.bind(str(path))
    finally:
        os.umask(old)
    os.chmod(path, 0o600)
    server.listen(16)
    output.install()
    if not _servers:  # registered after the store's own exit handlers, so it runs before them
        atexit.register(_wait_for_commands)
    _servers[str(path)] = thread = threading.Thread(target=_serve, args=(server,), name="control", daemon=True)
    thread.start()
    return path


def answering(path: Path) -> bool:
    if not path.exists():
        return False
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
        return True
    except OSError:
        return False
    finally:
        probe.close()


def forward(home, argv: list[str], overrides: dict) -> tuple[str, str, int] | None:
    """Run the command in the portal answering under `home`; None when none answers."""
    path = socket_path(home)
    if not path.exists():
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(path))
    except OSError:
        conn.close()
        return None
    with conn:
        _send(conn, {"argv": argv, "overrides": overrides})
        reply = _recv(conn)
    if reply is None:
        return "", "error: 门户在执行命令时停止了响应\n", 1
    return reply["stdout"], reply["stderr"], int(reply["status"])

