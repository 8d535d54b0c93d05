"""A loopback server that serves model files the way the Hugging Face hub does, for download tests.

Two servers: the "hub" answers `/{repo}/resolve/{revision}/{path}` (HEAD and GET). Small files come back
directly with their git blob sha1 as ETag; large (LFS) files get a 302 to the "CDN" server with X-Linked-Etag
(sha256) and X-Linked-Size, like the real hub. Both send X-Repo-Commit and honour Range requests. Faults can be
injected per file: `corrupt` serves different bytes than the advertised hash, `drop_after` closes the connection
after that many body bytes (once per listed count), `ignore_range` answers 200 to a Range request.

huggingface_hub reads downloads in 10 MiB chunks; the autouse fixture shrinks that to 64 KiB so the small test
files span several chunks (progress, cancellation and resume are then visible).
"""

from __future__ import annotations

import hashlib
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class HostedFile:
    data: bytes
    lfs: bool = True
    corrupt: bool = False
    drop_after: list[int] = field(default_factory=list)  # each GET pops one: close after that many bytes
    ignore_range: bool = False

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def git_sha1(self) -> str:
        return hashlib.sha1(f"blob {len(self.data)}\0".encode() + self.data).hexdigest()

    def served(self) -> bytes:
        if not self.corrupt:
            return self.data
        return bytes([self.data[0] ^ 0xFF]) + self.data[1:]


@dataclass
class Request:
    method: str
    path: str
    range: str | None


class FakeHub:
    def __init__(self) -> None:
        self.repos: dict[str, dict[str, HostedFile]] = {}
        self.requests: list[Request] = []
        self._servers: list[ThreadingHTTPServer] = []
        self.hub_url = self._start(self._hub_handler)
        self.cdn_url = self._start(self._cdn_handler)

    def add(self, repo: str, path: str, data: bytes, **options) -> HostedFile:
        hosted = HostedFile(data, **options)
        self.repos.setdefault(repo, {})[path] = hosted
        return hosted

    def close(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def _start(self, handler_factory) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler_factory())
        server.daemon_threads = True
        self._servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{server.server_address[1]}"

    def _by_sha(self, sha: str) -> HostedFile | None:
        return next((f for files in self.repos.values() for f in files.values() if f.sha256 == sha), None)

    def _hub_handler(self):
        hub = self

        class Handler(_Base):
            def answer(self, body: bool) -> None:
                hub.requests.append(Request(self.command, self.path, self.headers.get("Range")))
                parts = self.path.split("/", 5)  # '', owner, name, 'resolve', revision, path
                if len(parts) < 6 or parts[3] != "resolve":
                    return self.reply(404, {})
                repo, revision, path = f"{parts[1]}/{parts[2]}", parts[4], parts[5]
                if repo not in hub.repos:
                    return self.reply(401, {"X-Error-Code": "RepoNotFound"})
                if revision not in ("main", COMMIT):
                    return self.reply(404, {"X-Error-Code": "RevisionNotFound"})
                hosted = hub.repos[repo].get(path)
                if hosted is None:
                    return self.reply(404, {"X-Error-Code": "EntryNotFound", "X-Repo-Commit": COMMIT})
                if hosted.lfs:
                    return self.reply(302, {"X-Repo-Commit": COMMIT, "X-Linked-Etag": f'"{hosted.sha256}"',
                                            "X-Linked-Size": str(len(hosted.data)), "ETag": f'"{hosted.sha256}"',
                                            "Location": f"{hub.cdn_url}/blobs/{hosted.sha256}"})
                self.send_file(hosted, body, {"X-Repo-Commit": COMMIT, "ETag": f'"{hosted.git_sha1}"'})

        return Handler

    def _cdn_handler(self):
        hub = self

        class Handler(_Base):
            def answer(self, body: bool) -> None:
                hub.requests.append(Request(self.command, self.path, self.headers.get("Range")))
                hosted = hub._by_sha(self.path.rsplit("/", 1)[-1])
                if hosted is None:
                    return self.reply(404, {})
                self.send_file(hosted, body, {"ETag": f'"{hosted.sha256}"'})

        return Handler


class _Base(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_HEAD(self) -> None:
        self.answer(body=False)

    def do_GET(self) -> None:
        self.answer(body=True)

    def answer(self, body: bool) -> None:
        raise NotImplementedError

    def reply(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def send_file(self, hosted: HostedFile, body: bool, headers: dict[str, str]) -> None:
        data = hosted.served()
        start = 0
        requested = self.headers.get("Range")
        if requested and not hosted.ignore_range:
            start = int(requested.removeprefix("bytes=").split("-")[0])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        if not body:
            return
        payload = data[start:]
        if hosted.drop_after:
            cut = hosted.drop_after.pop(0)
            self.wfile.write(payload[:cut])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        self.wfile.write(payload)


@pytest.fixture
def fake_hub() -> Iterator[FakeHub]:
    hub = FakeHub()
    yield hub
    hub.close()


@pytest.fixture(autouse=True)
def _small_download_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "DOWNLOAD_CHUNK_SIZE", 64 * 1024)
