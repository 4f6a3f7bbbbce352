"""A throwaway PostgreSQL server for the test suite, started once per test session.

Uses the server binaries of Debian's `postgresql` package (`/usr/lib/postgresql/<N>/bin`,
or the directory in $KPSTAMPS_PG_BIN). The cluster lives in a temporary directory and
listens only on a unix socket inside it, so parallel runs never fight over a port.
PostgreSQL refuses to run as root, so when the suite runs as root the cluster belongs to
an unprivileged user ($KPSTAMPS_PG_USER, default `nobody`).

Each test that asks for `pg_url` gets its own database (CREATE DATABASE, dropped after).
Tests are skipped, with the reason, only where the server binaries are missing.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PORT = 5432  # only names the socket file; nothing listens on TCP
SERVER_SETTINGS = (
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    "-c max_connections=60 -c shared_buffers=64MB"
)


def find_bin_dir() -> Path | None:
    """The newest Debian PostgreSQL server binaries, or $KPSTAMPS_PG_BIN."""
    chosen = os.environ.get("KPSTAMPS_PG_BIN")
    candidates = [Path(chosen)] if chosen else sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: _version_key(p.parent.name), reverse=True
    )
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    return None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


@dataclass
class PgServer:
    bin_dir: Path
    root: Path
    _uid: int | None = None
    _gid: int | None = None
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    running: bool = False

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://postgres@/{database}?host={self.socket_dir}&port={PORT}"

    def _run(self, *args: str) -> None:
        kwargs = {}
        if self._uid is not None:
            kwargs = {"user": self._uid, "group": self._gid, "extra_groups": []}
        result = subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]], capture_output=True, text=True, cwd=self.root, check=False, **kwargs
        )
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({result.returncode}): {result.stderr or result.stdout}")

    def start(self) -> None:
        if os.geteuid() == 0:
            account = pwd.getpwnam(os.environ.get("KPSTAMPS_PG_USER", "nobody"))
            self._uid, self._gid = account.pw_uid, account.pw_gid
            os.chown(self.root, self._uid, self._gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = f"-k {self.socket_dir} -p {PORT} {SERVER_SETTINGS}"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        self.running = True
        self._watch()

    def _watch(self) -> None:
        """A detached watchdog stops the server if this test process dies without cleaning up."""
        user = [] if self._uid is None else [str(self._uid), str(self._gid)]
        subprocess.Popen(
            [sys.executable, "-c", WATCHDOG, str(os.getpid()), str(self.bin_dir / "pg_ctl"), str(self.root), *user],
            start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        if self.running:
            self.running = False
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except RuntimeError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def admin(self, statement: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), port=PORT, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(statement)

    def create_database(self) -> str:
        name = f"kp_test_{os.getpid()}_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


WATCHDOG = """
import os, shutil, subprocess, sys, time
owner, pg_ctl, root = int(sys.argv[1]), sys.argv[2], sys.argv[3]
ids = {"user": int(sys.argv[4]), "group": int(sys.argv[5]), "extra_groups": []} if len(sys.argv) > 5 else {}
def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True
while alive(owner) and os.path.exists(root):
    time.sleep(1)
if os.path.exists(root):
    subprocess.run([pg_ctl, "-D", root + "/data", "-m", "immediate", "-w", "stop"], capture_output=True, **ids)
    shutil.rmtree(root, ignore_errors=True)
"""

_server: PgServer | None = None
_failure: str | None = None


def shared_server(config: pytest.Config | None = None) -> PgServer:
    """The session's server, started on first use; skips the test where it cannot run."""
    global _server, _failure
    if _server is not None:
        return _server
    if _failure is not None:
        pytest.skip(_failure)
    bin_dir = find_bin_dir()
    if bin_dir is None:
        _failure = "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql"
        pytest.skip(_failure)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _failure = "psycopg is not installed: pip install 'kpstamps[postgres]'"
        pytest.skip(_failure)
    server = PgServer(bin_dir, Path(tempfile.mkdtemp(prefix="kp-pg-")))
    try:
        server.start()
    except Exception:
        server.stop()
        raise  # binaries present but broken: a real failure, not a skip
    _server = server
    if config is not None:
        config.add_cleanup(server.stop)
    atexit.register(server.stop)
    return server


def fresh_database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty database for one test; dropped when the test ends."""
    server = shared_server(request.config)
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(params=ENGINES)
def engine_url(request, home) -> Iterator[str]:
    """A database URL on each engine: the home's SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{home.database}"
        return
    yield from fresh_database_url(request)


@pytest.fixture
def engine_catalogue(engine_url, home):
    """A catalogue with the reference issues, once on SQLite and once on PostgreSQL.

    Import it into a test module (`from pg_server import engine_catalogue, engine_url`).
    """
    from fixture_catalogue import open_fixture_catalogue

    cat = open_fixture_catalogue(home, engine_url)
    yield cat
    cat.close()


@pytest.fixture
def engine_empty_catalogue(engine_url, home):
    """An empty catalogue (no reference issues) on each engine."""
    from kpstamps.services.catalogue.opening import open_catalogue

    cat = open_catalogue(home, engine_url, reference=False)
    yield cat
    cat.close()


@contextlib.contextmanager
def catalogue_on(engine: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, *,
                 reference: bool = True) -> Iterator:
    """A catalogue on `engine` ("sqlite" or "postgresql") for module-wide fixtures: its own
    data home and, on PostgreSQL, its own database (dropped afterwards).

        @pytest.fixture(scope="module", params=ENGINES)
        def shared(request, tmp_path_factory):
            with catalogue_on(request.param, request, tmp_path_factory) as cat:
                yield cat
    """
    from fixture_catalogue import open_fixture_catalogue
    from kpstamps.home import DataHome
    from kpstamps.services.catalogue.opening import open_catalogue

    def open_catalogue_for_tests(home, db=None, reference=True):
        return open_fixture_catalogue(home, db) if reference else open_catalogue(home, db, reference=False)

    home = DataHome.resolve(tmp_path_factory.mktemp(f"{engine}-catalogue") / "home")
    if engine == "sqlite":
        cat = open_catalogue_for_tests(home, reference=reference)
        try:
            yield cat
        finally:
            cat.close()
        return
    server = shared_server(request.config)
    name = server.create_database()
    try:
        cat = open_catalogue_for_tests(home, server.url(name), reference=reference)
        try:
            yield cat
        finally:
            cat.close()
    finally:
        server.drop_database(name)
