"""The process-pool engine: the same pipeline in N worker processes, results in input order.

Each worker loads the pipeline once, then analyses the batches it is sent and streams each
batch's documents back to this process (the single writer) as soon as they are done.

- Start-up: workers are started with "spawn" (no parent state, open databases or threads leak
  into them) and with the numeric libraries held to one thread each (``OMP_NUM_THREADS`` and
  its kind), so N workers use N cores instead of fighting over them.
- Flow: each worker has at most ``AHEAD`` batches waiting, so it never idles between batches
  and the parent's memory stays bounded however long the input is.
- Recycling: after ``recycle_after`` articles a worker is sent no more work; it finishes what
  it holds and exits, and its replacement starts at once (its load overlaps that last work).
  This bounds the slow growth of spaCy's memory over long runs.
- A worker that cannot build the pipeline (no such model, a bad stage) stops the run with that
  error, as one process would.
- A worker whose parent dies (killed) stops within ``POLL_SECONDS`` of running out of work;
  what the parent had not stored is analysed again by the next run.
- A worker that dies (killed, out of memory) loses its batches: each is run again one article
  at a time in a fresh worker, and an article lost a second time is rejected
  (``extraction_failed``), so one poisonous input cannot stop the run.
- Time limit (the ``max_article_seconds`` setting): a worker says when it starts a batch, and
  one still busy with it after the limit times the batch's articles is killed and replaced.
  The batch is run again one article at a time; an article alone over the limit is rejected
  (``time_limit``).  Killing a process stops anything, even a loop inside compiled code that
  never returns to Python, and leaves nothing half-changed behind.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import queue
import resource
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, cast

from ..errors import ExtractionFailed, NewsgraphError, TimeLimitExceeded
from ..model import Article, ArticleDate, Document, Rejection
from ..settings import Settings

Item = Article | Rejection
Result = Document | Rejection
Key = tuple[int, int]  # (batch number, article index in the batch, -1 for the whole batch)

AHEAD = 2  # batches queued per worker
CHUNK = 8  # articles per batch sent to a worker: small, so the workers share the work evenly
POLL_SECONDS = 1.0  # how often a silent pool is checked for dead workers
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


@dataclass
class WorkerReport:
    """What one worker process did: start-up (spawn to pipeline ready), articles, peak memory."""

    pid: int
    startup_seconds: float | None = None
    articles: int = 0
    peak_rss_mb: float | None = None
    ended: str = "running"  # finished | recycled | died | cut_off (over the time limit) | unused (started, never needed)


@dataclass
class PoolReport:
    """Every worker of one pool run, for benchmarks and summaries."""

    workers: list[WorkerReport] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        started = [w.startup_seconds for w in self.workers if w.startup_seconds is not None]
        peaks = [w.peak_rss_mb for w in self.workers if w.peak_rss_mb is not None]
        return {
            "processes": len(self.workers),
            "recycled": sum(w.ended == "recycled" for w in self.workers),
            "died": sum(w.ended == "died" for w in self.workers),
            "cut_off": sum(w.ended == "cut_off" for w in self.workers),
            "startup_seconds_max": round(max(started), 2) if started else None,
            "peak_rss_mb_max": round(max(peaks)) if peaks else None,
        }


def run_in_pool(
    items: Iterable[Item],
    settings: Settings,
    workers: int,
    date: ArticleDate | None = None,
    stages: Sequence[str] | None = None,
    *,
    recycle_after: int = 0,
    report: PoolReport | None = None,
) -> Iterator[Result]:
    """Documents and rejections for ``items``, computed by ``workers`` processes, in order.

    ``recycle_after``: articles after which a worker is replaced (0: never).  ``report``, when
    given, is filled with what each worker did.
    """
    pool = _Pool(_Job(settings, tuple(stages) if stages is not None else None, date), workers, recycle_after, report or PoolReport())
    finished = False
    try:
        yield from pool.run(iter(items))
        finished = True
    finally:
        pool.close(finished)


@dataclass(frozen=True)
class _Job:
    settings: Settings
    stages: tuple[str, ...] | None
    date: ArticleDate | None


# --- the worker process -------------------------------------------------------------------------


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _worker_main(job: _Job, number: int, tasks, results) -> None:
    """``results`` is this worker's own pipe: a worker killed while writing cannot leave a
    lock held that other workers' writes would wait on, as a shared queue's can."""
    from ..pipeline import Pipeline

    try:
        pipeline = Pipeline(job.settings, job.stages)
        pipeline.warm_up()
        gc.freeze()  # the model and resources live as long as the worker: not walked by each collection
    except NewsgraphError as error:  # a set-up error (no model, a bad stage): the run cannot go on
        results.send(("failed", number, error))
        return
    try:
        results.send(("ready", number, time.monotonic()))
        while (task := _next_task(tasks)) is not None:
            key, batch = task
            results.send(("start", number, key))
            results.send(("done", number, key, list(pipeline.run_many(batch, job.date))))
        results.send(("exit", number, _peak_rss_mb()))
    except BrokenPipeError:  # the parent is gone: there is no one to send results to
        return


def _next_task(tasks) -> tuple | None:
    """The next task, or None once the parent has died (killed): the task queue never ends
    by itself (this process holds a writing end too), and a worker must not outlive its run."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            return tasks.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if parent is not None and not parent.is_alive():
                return None


@contextmanager
def _one_thread_per_library() -> Iterator[None]:
    """Child processes started inside see the numeric thread variables set to 1 (unless set)."""
    added = [name for name in THREAD_VARIABLES if name not in os.environ]
    os.environ.update(dict.fromkeys(added, "1"))
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


# --- the parent side -------------------------------------------------------------------------------


@dataclass
class _Worker:
    number: int
    process: Any
    tasks: Any
    results: Any  # the reading end of the worker's own pipe
    report: WorkerReport
    spawned: float
    sent: int = 0
    pending: deque = field(default_factory=deque)  # keys sent and not yet returned, in order
    retiring: bool = False
    results_closed: bool = False
    deadline: float | None = None  # when the batch it is working on is over the time limit


class _Pool:
    """The workers, the batches in flight and the finished batches waiting for their turn."""

    def __init__(self, job: _Job, size: int, recycle_after: int, report: PoolReport) -> None:
        self.job, self.size, self.recycle_after, self.report = job, size, recycle_after, report
        self.context = multiprocessing.get_context("spawn")
        self.workers: dict[int, _Worker] = {}
        self.reports: dict[int, WorkerReport] = {}  # every worker ever started, by number
        self.started = 0
        self.batches: dict[int, list[Item]] = {}  # batch number -> its items, until emitted
        self.parts: dict[int, dict[int, list[Result]]] = {}  # results by part, per batch
        for _ in range(size):
            self.spawn()

    def spawn(self) -> None:
        number = self.started
        self.started += 1
        tasks = self.context.Queue()  # puts never block the parent, whatever the worker is doing
        receiving, sending = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_worker_main, args=(self.job, number, tasks, sending), daemon=True, name=f"newsgraph-worker-{number}")
        spawned = time.monotonic()
        with _one_thread_per_library():
            process.start()
        sending.close()  # the worker holds it now: its end of file tells the parent it is gone
        report = WorkerReport(cast(int, process.pid))  # start() has set it
        self.report.workers.append(report)
        self.reports[number] = report
        self.workers[number] = _Worker(number, process, tasks, receiving, report, spawned)

    def run(self, items: Iterator[Item]) -> Iterator[Result]:
        chunk = min(self.job.settings.batch_size, CHUNK)
        next_in = next_out = 0
        exhausted = False
        while True:
            while not exhausted and self.queued() < self.size * AHEAD:
                batch = list(islice(items, chunk))
                if not batch:
                    exhausted = True
                    break
                self.batches[next_in] = batch
                self.parts[next_in] = {}
                self.send((next_in, -1), batch)
                next_in += 1
            while next_out in self.batches and self.complete(next_out):
                yield from self.emit(next_out)
                next_out += 1
            if exhausted and next_out == next_in:
                return
            self.receive()

    def queued(self) -> int:
        return sum(len(w.pending) for w in self.workers.values())

    def send(self, key: Key, batch: list[Item]) -> None:
        while sum(not w.retiring for w in self.workers.values()) < self.size:  # replace the retired and the dead
            self.spawn()
        worker = min((w for w in self.workers.values() if not w.retiring), key=lambda w: len(w.pending))
        worker.tasks.put((key, batch))
        worker.pending.append(key)
        worker.sent += len(batch)
        if self.recycle_after and worker.sent >= self.recycle_after:
            worker.retiring = True
            worker.tasks.put(None)

    def complete(self, number: int) -> bool:
        parts = self.parts[number]
        return -1 in parts or len(parts) == len(self.batches[number])

    def emit(self, number: int) -> list[Result]:
        parts = self.parts.pop(number)
        self.batches.pop(number)
        return parts[-1] if -1 in parts else [parts[i][0] for i in range(len(parts))]

    def next_message(self, timeout: float) -> tuple | None:
        """The next message of any worker, or None when none came in ``timeout`` seconds or
        the one that was ready came from a worker that has ended (its pipe closed)."""
        readers = {w.results: w for w in self.workers.values()}
        for ready in multiprocessing.connection.wait(list(readers), timeout=timeout):
            try:
                return cast(multiprocessing.connection.Connection, ready).recv()  # wait() returns the pipes it was given
            except (EOFError, OSError):
                readers[ready].results_closed = True
                return None
        return None

    def receive(self) -> None:
        message = self.next_message(POLL_SECONDS)
        if message is None:
            self.check_alive()
        else:
            self.handle(message)
        self.cut_off_overdue()

    def start_clock(self, worker: _Worker, key: Key) -> None:
        """The worker started on ``key``: its deadline, when there is a time limit (measured
        from when the parent hears of it, so a slow message only gives the worker more time)."""
        limit = self.job.settings.max_article_seconds
        if limit:
            articles = len(self.batches[key[0]]) if key[1] == -1 else 1
            worker.deadline = time.monotonic() + limit * articles

    def cut_off_overdue(self) -> None:
        """Kill each worker over its deadline; its current batch runs again one article at a
        time (an article alone is rejected), the batches it had not started are sent again."""
        now = time.monotonic()
        for worker in [w for w in self.workers.values() if w.deadline is not None and w.deadline < now]:
            worker.process.kill()
            worker.process.join()
            self.drain(worker)  # what it finished before it was killed
            if worker.number not in self.workers:
                continue
            del self.workers[worker.number]
            worker.results.close()
            worker.report.ended = "cut_off"
            pending = list(worker.pending)
            if pending and worker.deadline is not None and worker.deadline < now:  # still on the batch that ran over
                self.over_time(pending.pop(0))
            for key in pending:
                self.send(key, self.items_of(key))

    def over_time(self, key: Key) -> None:
        """A batch that ran over the time limit: again one article at a time; an article over it alone is rejected."""
        limit = self.job.settings.max_article_seconds
        self._split_or_reject(key, lambda item: TimeLimitExceeded(f"the analysis took more than {limit} s and was stopped", source=_source(item)), with_hint=True)

    def items_of(self, key: Key) -> list[Item]:
        number, part = key
        return self.batches[number] if part == -1 else [self.batches[number][part]]

    def handle(self, message: tuple) -> None:
        kind, number, *rest = message
        worker = self.workers.get(number)
        if worker is None:  # a worker already counted as gone: keep its figures only
            if kind == "exit":
                self.reports[number].peak_rss_mb = rest[0]
            return
        if kind == "failed":
            raise rest[0]
        if kind == "ready":
            worker.report.startup_seconds = rest[0] - worker.spawned
        elif kind == "start":
            self.start_clock(worker, rest[0])
        elif kind == "done":
            key, results = rest
            worker.deadline = None
            worker.pending.remove(key)
            worker.report.articles += len(results)
            self.parts[key[0]][key[1]] = results
        elif kind == "exit":
            self.retire(worker, rest[0])

    def retire(self, worker: _Worker, peak_mb: float) -> None:
        worker.report.peak_rss_mb = peak_mb
        worker.report.ended = "recycled" if worker.retiring else "finished"
        worker.process.join()
        worker.results.close()
        del self.workers[worker.number]

    def check_alive(self) -> None:
        for worker in list(self.workers.values()):
            if worker.results_closed and worker.process.exitcode is None:
                worker.process.join(POLL_SECONDS)  # its pipe closed: it is ending
            if worker.process.exitcode is None:
                continue
            self.drain(worker)  # what it sent before it ended
            if worker.number not in self.workers:
                continue  # its exit message retired it
            del self.workers[worker.number]
            if worker.process.exitcode == 0 and not worker.pending:  # its last message is on its way
                worker.report.ended = "recycled" if worker.retiring else "finished"
                continue
            worker.report.ended = "died"
            for key in worker.pending:
                self.rerun(key)

    def drain(self, worker: _Worker) -> None:
        try:
            while worker.number in self.workers and worker.results.poll():
                self.handle(worker.results.recv())
        except (EOFError, OSError):
            pass

    def rerun(self, key: Key) -> None:
        """A batch lost with its worker: again one article at a time; an article lost twice fails."""
        self._split_or_reject(key, lambda item: ExtractionFailed("the worker process died while analysing this article, twice", source=_source(item)))

    def _split_or_reject(self, key: Key, failure_of: Callable[[Item], NewsgraphError], with_hint: bool = False) -> None:
        """A whole batch is sent again one article at a time; a single article is rejected (with the
        error's hint as detail when it tells the user what to do)."""
        number, part = key
        if part == -1:
            for index, item in enumerate(self.batches[number]):
                self.send((number, index), [item])
            return
        item = self.batches[number][part]
        failure = failure_of(item)
        self.parts[number][part] = [Rejection(_source(item), failure.code, failure.reason, failure.message, failure.hint if with_hint else None)]

    def close(self, finished: bool) -> None:
        """Collect the reports of workers that finished their work; stop the others."""
        for worker in list(self.workers.values()):
            if worker.report.articles == 0 and not worker.pending:  # never used: no need to wait for its load
                worker.process.terminate()
                worker.process.join()
                worker.report.ended = "unused"
                del self.workers[worker.number]
            elif not worker.retiring:
                worker.tasks.put(None)
        deadline = time.monotonic() + (30 if finished else 0)
        while self.workers and time.monotonic() < deadline:
            message = self.next_message(POLL_SECONDS)
            if message is None:
                self.drop_dead()
                continue
            kind, number, *rest = message
            if kind == "exit" and number in self.workers:
                self.retire(self.workers[number], rest[0])
            elif kind == "exit":
                self.reports[number].peak_rss_mb = rest[0]
        for worker in self.workers.values():
            worker.process.terminate()
            worker.process.join()
            worker.results.close()

    def drop_dead(self) -> None:
        for worker in list(self.workers.values()):
            if worker.results_closed and worker.process.exitcode is None:
                worker.process.join(POLL_SECONDS)
            if worker.process.exitcode is not None:
                worker.report.ended = "died"
                worker.results.close()
                del self.workers[worker.number]


def _source(item: Item) -> str:
    return item.source if isinstance(item, Rejection) else (item.source_name or item.id)
